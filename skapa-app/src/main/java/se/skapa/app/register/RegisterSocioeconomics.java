package se.skapa.app.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.benefit.Payer;
import se.skapa.core.common.Kronor;
import se.skapa.core.finsam.Allocation;
import se.skapa.core.finsam.FinsamAllocator;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.register.Job;
import se.skapa.core.register.RegisterPricing;
import se.skapa.core.register.Support;
import se.skapa.core.socioeconomic.ParameterSet;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;
import se.skapa.core.socioeconomic.SocioeconomicInput;
import se.skapa.core.socioeconomic.SocioeconomicResult;

/**
 * The socioeconomic calculation fed from the register: the participants closed in a period, priced
 * by {@link RegisterPricing}, calculated by the same {@link SocioeconomicCalculator} as the
 * stateless route. An analyst gets it only over enough people.
 */
public final class RegisterSocioeconomics {

  private final Storage storage;
  private final Clock clock;
  private final int smallNumbersFloor;

  /**
   * @param storage the storage; not null
   * @param clock the clock audit lines are stamped with; not null
   * @param smallNumbersFloor the server's small-numbers threshold analysts are held to, or an
   *     organisation's higher one
   */
  public RegisterSocioeconomics(Storage storage, Clock clock, int smallNumbersFloor) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.smallNumbersFloor = smallNumbersFloor;
  }

  /**
   * The calculation and what it rests on.
   *
   * @param pricing who was counted, who not and why, and which amounts were recorded or typical
   * @param result the calculation over the people counted; empty when withheld
   * @param members the kommun's net split among the förbund's members; empty when none were given
   *     or withheld
   * @param withheld for an analyst, what is withheld as small numbers: {@code calculation} and
   *     {@code notCounted.<REASON>}
   * @param threshold the small-numbers threshold
   */
  public record Answer(
      RegisterPricing.Summary pricing,
      Optional<SocioeconomicResult> result,
      List<Allocation.MemberPart> members,
      Set<String> withheld,
      int threshold) {
    /**
     * Copies the collections.
     *
     * @param pricing the pricing; not null
     * @param result the result; not null
     * @param members the split; not null
     * @param withheld what is withheld; not null
     * @param threshold the threshold
     */
    public Answer {
      Objects.requireNonNull(pricing, "pricing");
      Objects.requireNonNull(result, "result");
      members = List.copyOf(members);
      withheld = Set.copyOf(withheld);
    }
  }

  /**
   * @param actor an analyst or handledare of the organisation; not null
   * @param org the organisation; not null
   * @param service one service; empty for the whole organisation
   * @param from the first closing day counted; not null
   * @param to the last; not null
   * @param parameters a complete parameter set; not null
   * @param serviceCostPerYear what the service (or the organisation's insatser) cost a year; not
   *     null
   * @param members the förbund's member kommuner and their shares; empty for none
   * @return the calculation
   * @throws se.skapa.core.common.ValidationException for members' shares that do not sum to 1
   */
  public Answer calculate(
      Actor actor,
      OrganisationId org,
      Optional<ServiceId> service,
      LocalDate from,
      LocalDate to,
      ParameterSet parameters,
      Kronor serviceCostPerYear,
      List<MemberShare> members) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE);
    if (!members.isEmpty()) {
      // Refused before anything is read.
      FinsamAllocator.split(Kronor.ZERO, members);
    }
    Read read =
        storage.transaction(
            tx -> {
              service.ifPresent(s -> Organisations.requireService(tx, org, s));
              Map<EnrolmentId, Map<SupportStore.Moment, List<Support>>> support =
                  SupportStore.in(tx).supportOf(org, service);
              List<StoredEnrolment> rows = new ArrayList<>();
              for (StoredEnrolment e : RegisterStore.in(tx).enrolments(org, service, to)) {
                Optional<LocalDate> day = e.enrolment().closed();
                if (day.isPresent() && !day.get().isBefore(from) && !day.get().isAfter(to)) {
                  rows.add(e);
                }
              }
              // One order whatever the storage's: a warning's /people/<i> is the same every time.
              rows.sort(
                  java.util.Comparator.comparing((StoredEnrolment e) -> e.service().value())
                      .thenComparing(e -> e.enrolment().closed().orElseThrow())
                      .thenComparing(e -> e.enrolment().key().value()));
              Map<EnrolmentId, List<Job>> jobs = OutcomeReports.jobsByEnrolment(tx, org, rows);
              List<RegisterPricing.Closed> out = new ArrayList<>();
              for (StoredEnrolment e : rows) {
                Map<SupportStore.Moment, List<Support>> s = support.getOrDefault(e.id(), Map.of());
                out.add(
                    new RegisterPricing.Closed(
                        Optional.ofNullable(s.get(SupportStore.Moment.ADMISSION)),
                        Optional.ofNullable(s.get(SupportStore.Moment.CLOSING)),
                        e.enrolment().closed().orElseThrow(),
                        jobs.getOrDefault(e.id(), List.of())));
              }
              AuditLog.in(tx)
                  .audit(
                      AuditEntry.counted(
                          actor,
                          clock.instant(),
                          "socioeconomic.read",
                          service
                              .map(x -> "services/" + x + "/socioeconomic")
                              .orElse("socioeconomic"),
                          out.size()));
              return new Read(
                  out, OrganisationSettings.in(tx, org).smallNumbers(smallNumbersFloor));
            });
    int smallNumbers = read.threshold();
    RegisterPricing.Summary pricing = RegisterPricing.priceAll(read.closed(), parameters);
    Set<String> withheld = new LinkedHashSet<>();
    if (actor.analystOnly()) {
      // Sums of money over a few people are close to one person's benefits and wage.
      if (SmallNumbers.small(pricing.closed(), smallNumbers)
          || SmallNumbers.small(pricing.people().size(), smallNumbers)) {
        withheld.add("calculation");
      }
      pricing
          .notCounted()
          .forEach(
              (reason, n) -> {
                if (withheld.contains("calculation") || SmallNumbers.small(n, smallNumbers)) {
                  withheld.add("notCounted." + reason.name());
                }
              });
    }
    if (withheld.contains("calculation")) {
      return new Answer(pricing, Optional.empty(), List.of(), withheld, smallNumbers);
    }
    SocioeconomicResult result =
        SocioeconomicCalculator.calculate(
            new SocioeconomicInput(
                parameters, pricing.people(), List.of(), serviceCostPerYear, Optional.empty()));
    List<Allocation.MemberPart> split =
        members.isEmpty()
            ? List.of()
            : FinsamAllocator.split(result.payer(Payer.KOMMUN).net(), members);
    return new Answer(pricing, Optional.of(result), split, withheld, smallNumbers);
  }

  /** What one transaction read: the closings to price and the threshold in force. */
  private record Read(List<RegisterPricing.Closed> closed, int threshold) {}
}
