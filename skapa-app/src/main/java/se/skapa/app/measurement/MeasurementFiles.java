package se.skapa.app.measurement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ValidMeasurement;

/**
 * Measurements as files: a register imported all or nothing (with a dry run), and an export of many
 * people's measurements, audited as one read with its row count.
 */
public final class MeasurementFiles {

  private final Storage storage;
  private final Clock clock;
  private final InstrumentCatalog catalog;

  /**
   * @param storage where measurements are kept; not null
   * @param clock "today" for the future-date rule and "now" for the audit; not null
   * @param catalog the instruments measurements may name; not null
   */
  public MeasurementFiles(Storage storage, Clock clock, InstrumentCatalog catalog) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * One measurement of a file to import, with the line it came from.
   *
   * @param line the line in the file, from 2 (1 names the columns)
   * @param service where it was taken
   * @param measurement the measurement
   */
  public record ImportRow(long line, ServiceId service, Measurement measurement) {}

  /**
   * Imports measurements, all or none: every row is checked and stored in one transaction; a dry
   * run does the same and stores nothing. Violations point at {@code /lines/<line>/...}.
   *
   * @return the measurements stored (or, for a dry run, that would be)
   * @throws ValidationException listing every bad row, duplicates of stored measurements and within
   *     the file included
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param rows the file's measurements; not null
   * @param dryRun true to check everything and store nothing
   */
  public List<StoredMeasurement> importAll(
      Actor actor, OrganisationId org, List<ImportRow> rows, boolean dryRun) {
    return importAll(actor, org, rows, dryRun, List.of());
  }

  /**
   * As {@link #importAll(Actor, OrganisationId, List, boolean)}, with the violations of lines that
   * could not even be read as measurements (a malformed date, say): reported together with every
   * other bad line.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param rows the file's measurements; not null
   * @param dryRun true to check everything and store nothing
   * @param unreadable the violations of lines that could not be read; not null
   * @return the measurements stored (or, for a dry run, that would be)
   * @throws ValidationException listing every bad line
   */
  public List<StoredMeasurement> importAll(
      Actor actor,
      OrganisationId org,
      List<ImportRow> rows,
      boolean dryRun,
      List<Violation> unreadable) {
    actor.require(org, Role.HANDLEDARE);
    Violations v = new Violations();
    unreadable.forEach(x -> v.add(x.pointer(), x.rule(), x.message()));
    List<@Nullable ValidMeasurement> valid = new ArrayList<>();
    for (ImportRow r : rows) {
      v.check(
          actor.serves(r.service()),
          "/lines/" + r.line() + "/service",
          "service-scope",
          "this key or account is limited to other services than " + r.service().value());
      valid.add(
          v.attempt(
              "/lines/" + r.line(), () -> Measurements.validate(catalog, clock, r.measurement())));
    }
    Instant at = clock.instant();
    List<StoredMeasurement> result = new ArrayList<>();
    try {
      storage.transaction(
          tx -> {
            result.addAll(store(tx, actor, org, rows, valid, at, v));
            if (dryRun) {
              throw new DryRun();
            }
            AuditLog.in(tx)
                .audit(
                    new AuditEntry(
                        org,
                        at,
                        Optional.of(actor.key()),
                        actor.holder().value(),
                        "measurements.imported",
                        "imports/measurements",
                        Optional.empty(),
                        Optional.of(result.size())));
            return null;
          });
    } catch (DryRun preview) {
      // Rolled back: nothing stored, the preview is what would have been.
    }
    return result;
  }

  /**
   * Stores every valid row in one batch; a row of an unknown service or a duplicate of a stored
   * measurement is a violation beside those found before ({@code found}), and any violation refuses
   * the whole file, every one named in file order: the transaction is rolled back.
   */
  private static List<StoredMeasurement> store(
      Tx tx,
      Actor actor,
      OrganisationId org,
      List<ImportRow> rows,
      List<@Nullable ValidMeasurement> valid,
      Instant at,
      Violations found) {
    Violations conflicts = found;
    Map<ServiceId, Boolean> known = new HashMap<>();
    List<ImportRow> toStore = new ArrayList<>();
    List<MeasurementStore.NewMeasurement> batch = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ImportRow r = rows.get(i);
      if (!known.computeIfAbsent(
          r.service(), s -> OrganisationStore.in(tx).service(org, s).isPresent())) {
        conflicts.add(
            "/lines/" + r.line() + "/service",
            "unknown-service",
            "the organisation has no service '" + r.service() + "'");
        continue;
      }
      ValidMeasurement checked = valid.get(i);
      if (checked == null) {
        continue; // its violations are named already
      }
      toStore.add(r);
      batch.add(
          new MeasurementStore.NewMeasurement(
              new Provenance(MeasurementId.random(), org, 1, actor.key(), actor.holder(), at),
              r.service(),
              checked));
    }
    List<Optional<MeasurementId>> existing = MeasurementStore.in(tx).insertMeasurements(batch);
    List<StoredMeasurement> stored = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      ImportRow r = toStore.get(i);
      if (existing.get(i).isPresent()) {
        conflicts.add("/lines/" + r.line(), "duplicate", duplicate(r, existing.get(i).get()));
      } else {
        stored.add(new StoredMeasurement(batch.get(i).provenance(), r.service(), r.measurement()));
      }
    }
    throwInFileOrder(conflicts);
    return stored;
  }

  private static String duplicate(ImportRow r, MeasurementId existing) {
    return "line "
        + r.line()
        + ": "
        + r.measurement().participant()
        + " already has a "
        + r.measurement().respondent()
        + " measurement on "
        + r.measurement().date()
        + " ("
        + existing
        + ")";
  }

  /** Every violation found, in file order, whichever check found it. */
  private static void throwInFileOrder(Violations v) {
    if (!v.isEmpty()) {
      List<Violation> all = new ArrayList<>(v.found());
      all.sort(Comparator.comparingLong(x -> lineOf(x.pointer())));
      throw new ValidationException(all);
    }
  }

  private static long lineOf(String pointer) {
    String[] parts = pointer.split("/");
    return parts.length > 2 && parts[2].matches("\\d{1,12}") ? Long.parseLong(parts[2]) : 0;
  }

  /** Rolls a dry run's transaction back after everything was checked as for real. */
  private static final class DryRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DryRun() {
      super("dry run", null, false, false);
    }
  }

  /** Where an export writes: told the instruments first, then given every row. */
  public interface ExportSink {
    /**
     * @param instruments the instrument versions the rows use, ordered: the file's columns
     */
    void start(List<MeasurementStore.InstrumentUse> instruments);

    /**
     * @param row the next measurement, by date
     */
    void row(StoredMeasurement row);
  }

  /**
   * Every current measurement of the organisation (or one service) dated in [from, to], for an
   * export, streamed to {@code sink} one at a time (in constant memory, however large the
   * register): audited as one read of many people's data, with the number of rows.
   *
   * @param actor a handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service one service, or empty for all; not null
   * @param from the first day included; not null
   * @param to the last day included; not null
   * @param sink where the rows go; not null
   * @return how many rows were exported
   * @throws ValidationException rule {@code period} when {@code from} is after {@code to}
   */
  public long export(
      Actor actor,
      OrganisationId org,
      Optional<ServiceId> service,
      LocalDate from,
      LocalDate to,
      ExportSink sink) {
    actor.require(org, Role.HANDLEDARE);
    if (actor.services().isPresent() && service.isEmpty()) {
      throw StoredModeException.forbidden(
          "the key of "
              + actor.holder()
              + " is limited to some services: export one of them at a time (service=…)");
    }
    service.ifPresent(actor::requireService);
    if (from.isAfter(to)) {
      throw ValidationException.of("/from", "period", "from " + from + " is after to " + to);
    }
    // The read is audited in a transaction of its own, before the first row leaves: a download
    // cut off halfway has still read people's data.
    List<MeasurementStore.InstrumentUse> instruments =
        storage.transaction(
            tx -> {
              service.ifPresent(s -> Organisations.requireService(tx, org, s));
              List<MeasurementStore.InstrumentUse> used =
                  MeasurementStore.in(tx).instrumentsBetween(org, service, from, to);
              long rows = used.stream().mapToLong(MeasurementStore.InstrumentUse::rows).sum();
              AuditLog.in(tx)
                  .audit(
                      new AuditEntry(
                          org,
                          clock.instant(),
                          Optional.of(actor.key()),
                          actor.holder().value(),
                          "measurements.exported",
                          "exports/measurements",
                          Optional.empty(),
                          Optional.of((int) Math.min(Integer.MAX_VALUE, rows))));
              return used;
            });
    sink.start(instruments);
    return storage.transaction(
        tx -> MeasurementStore.in(tx).eachMeasurementBetween(org, service, from, to, sink::row));
  }
}
