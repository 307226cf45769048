package se.skapa.app.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.IdempotencyClaims;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.MeasurementStore;
import se.skapa.app.measurement.Provenance;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;

/**
 * {@link MeasurementStore} and {@link IdempotencyClaims} in memory: every version kept, the
 * identity (participant, instrument, respondent, date) unique per organisation, as in the tables.
 */
public final class InMemoryMeasurements
    implements MeasurementStore, IdempotencyClaims, InMemoryStorage.Rows {

  private record Claim(OrganisationId org, String key, IdempotentClaim claim) {}

  private List<StoredMeasurement> versions = new ArrayList<>();
  private List<Claim> claims = new ArrayList<>();

  private List<StoredMeasurement> current() {
    return versions.stream()
        .filter(
            v ->
                versions.stream()
                    .noneMatch(
                        w ->
                            w.provenance().id().equals(v.provenance().id())
                                && w.provenance().version() > v.provenance().version()))
        .toList();
  }

  @Override
  public Optional<MeasurementId> insertMeasurement(
      Provenance p, ServiceId service, ValidMeasurement valid) {
    Measurement m = valid.measurement();
    Optional<MeasurementId> same =
        sameMeasurement(
            p.organisation(),
            m.participant(),
            m.instrumentId(),
            m.respondent(),
            m.date(),
            Optional.empty());
    if (same.isEmpty()) {
      versions.add(new StoredMeasurement(p, service, m));
    }
    return same;
  }

  @Override
  public List<Optional<MeasurementId>> insertMeasurements(List<NewMeasurement> all) {
    return all.stream()
        .map(n -> insertMeasurement(n.provenance(), n.service(), n.measurement()))
        .toList();
  }

  @Override
  public boolean correctMeasurement(Provenance p, ServiceId service, ValidMeasurement valid) {
    Optional<StoredMeasurement> now = measurement(p.organisation(), p.id());
    if (now.isEmpty() || now.get().provenance().version() != p.version() - 1) {
      return false;
    }
    versions.add(new StoredMeasurement(p, service, valid.measurement()));
    return true;
  }

  @Override
  public Optional<MeasurementId> sameMeasurement(
      OrganisationId org,
      Pseudonym participant,
      String instrumentId,
      Respondent respondent,
      LocalDate date,
      Optional<MeasurementId> except) {
    return current().stream()
        .filter(s -> s.provenance().organisation().equals(org))
        .filter(s -> except.map(e -> !e.equals(s.provenance().id())).orElse(true))
        .filter(
            s ->
                s.measurement().participant().equals(participant)
                    && s.measurement().instrumentId().equals(instrumentId)
                    && s.measurement().respondent() == respondent
                    && s.measurement().date().equals(date))
        .map(s -> s.provenance().id())
        .findFirst();
  }

  @Override
  public Optional<StoredMeasurement> measurement(OrganisationId org, MeasurementId id) {
    return current().stream()
        .filter(s -> s.provenance().organisation().equals(org) && s.provenance().id().equals(id))
        .findFirst();
  }

  @Override
  public List<StoredMeasurement> history(OrganisationId org, MeasurementId id) {
    return versions.stream()
        .filter(s -> s.provenance().organisation().equals(org) && s.provenance().id().equals(id))
        .sorted(Comparator.comparingInt(s -> s.provenance().version()))
        .toList();
  }

  @Override
  public List<StoredMeasurement> participantSeries(
      OrganisationId org, Pseudonym participant, String instrumentId, LocalDate asOf) {
    return current().stream()
        .filter(s -> s.provenance().organisation().equals(org))
        .filter(s -> s.measurement().participant().equals(participant))
        .filter(s -> s.measurement().instrumentId().equals(instrumentId))
        .filter(s -> !s.measurement().date().isAfter(asOf))
        .toList();
  }

  @Override
  public List<ParticipantInstrument> participantInstruments(
      OrganisationId org, Pseudonym participant) {
    Map<List<String>, LocalDate> latest = new java.util.HashMap<>();
    current().stream()
        .filter(s -> s.provenance().organisation().equals(org))
        .filter(s -> s.measurement().participant().equals(participant))
        .forEach(
            s ->
                latest.merge(
                    List.of(s.measurement().instrumentId(), s.service().value()),
                    s.measurement().date(),
                    (a, b) -> a.isAfter(b) ? a : b));
    return latest.entrySet().stream()
        .map(
            e ->
                new ParticipantInstrument(
                    e.getKey().get(0), ServiceId.of(e.getKey().get(1)), e.getValue()))
        .sorted(
            Comparator.comparing(ParticipantInstrument::latest)
                .reversed()
                .thenComparing(ParticipantInstrument::instrumentId))
        .toList();
  }

  @Override
  public List<Measurement> serviceMeasurements(
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to) {
    return between(org, Optional.of(service), from, to).stream()
        .map(StoredMeasurement::measurement)
        .filter(m -> m.instrumentId().equals(instrumentId) && m.respondent() == respondent)
        .toList();
  }

  @Override
  public long eachServiceSeries(
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to,
      Consumer<List<Measurement>> each) {
    List<Measurement> all = serviceMeasurements(org, service, instrumentId, respondent, from, to);
    all.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Measurement::participant,
                java.util.LinkedHashMap::new,
                java.util.stream.Collectors.toList()))
        .values()
        .forEach(each);
    return all.size();
  }

  @Override
  public long eachMeasurementBetween(
      OrganisationId org,
      Optional<ServiceId> service,
      LocalDate from,
      LocalDate to,
      Consumer<StoredMeasurement> each) {
    List<StoredMeasurement> rows = between(org, service, from, to);
    rows.forEach(each);
    return rows.size();
  }

  @Override
  public List<InstrumentUse> instrumentsBetween(
      OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    return between(org, service, from, to).stream()
        .collect(
            Collectors.groupingBy(
                s -> s.measurement().instrumentId() + "@" + s.measurement().instrumentVersion(),
                TreeMap::new,
                Collectors.toList()))
        .values()
        .stream()
        .map(
            l ->
                new InstrumentUse(
                    l.get(0).measurement().instrumentId(),
                    l.get(0).measurement().instrumentVersion(),
                    l.size()))
        .toList();
  }

  private List<StoredMeasurement> between(
      OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    return current().stream()
        .filter(s -> s.provenance().organisation().equals(org))
        .filter(s -> service.map(x -> x.equals(s.service())).orElse(true))
        .filter(s -> !s.measurement().date().isBefore(from) && !s.measurement().date().isAfter(to))
        .sorted(Comparator.comparing(s -> s.measurement().date()))
        .toList();
  }

  @Override
  public List<StoredMeasurement> latestPerParticipant(
      OrganisationId org, String instrumentId, LocalDate asOf, Optional<Pseudonym> handledare) {
    java.util.Set<Pseudonym> followed =
        current().stream()
            .filter(s -> s.provenance().organisation().equals(org))
            .filter(
                s ->
                    handledare.isPresent()
                        && (handledare.equals(s.measurement().handledare())
                            || (s.measurement().handledare().isEmpty()
                                && handledare.get().equals(s.provenance().recordedBy()))))
            .map(s -> s.measurement().participant())
            .collect(Collectors.toSet());
    return current().stream()
        .filter(s -> s.provenance().organisation().equals(org))
        .filter(s -> s.measurement().instrumentId().equals(instrumentId))
        .filter(s -> !s.measurement().date().isAfter(asOf))
        .collect(
            Collectors.toMap(
                s -> s.measurement().participant(),
                s -> s,
                (a, b) -> a.measurement().date().isAfter(b.measurement().date()) ? a : b))
        .values()
        .stream()
        .filter(s -> handledare.isEmpty() || followed.contains(s.measurement().participant()))
        .toList();
  }

  @Override
  public Optional<IdempotentClaim> claimIdempotencyKey(
      OrganisationId org,
      String key,
      String fingerprint,
      MeasurementId id,
      Pseudonym participant,
      Instant at) {
    Optional<IdempotentClaim> earlier =
        claims.stream()
            .filter(c -> c.org().equals(org) && c.key().equals(key))
            .map(Claim::claim)
            .findFirst();
    if (earlier.isEmpty()) {
      claims.add(new Claim(org, key, new IdempotentClaim(fingerprint, id)));
    }
    return earlier;
  }

  /**
   * Removes every version of a participant's measurements, as erasure does.
   *
   * @param org the organisation
   * @param participant the participant
   */
  public void eraseParticipant(OrganisationId org, Pseudonym participant) {
    versions.removeIf(
        v ->
            v.provenance().organisation().equals(org)
                && v.measurement().participant().equals(participant));
  }

  /**
   * @return every version stored, current or not
   */
  public int versionCount() {
    return versions.size();
  }

  @Override
  public Object save() {
    return List.of(List.copyOf(versions), List.copyOf(claims));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object saved) {
    List<List<?>> s = (List<List<?>>) saved;
    versions = new ArrayList<>((List<StoredMeasurement>) s.get(0));
    claims = new ArrayList<>((List<Claim>) s.get(1));
  }
}
