package se.skapa.core.outcomes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * A participant of a service, as the follow-up register sees them.
 *
 * @param key the participant's pseudonymous key (löpnummer)
 * @param admitted admission date
 * @param closed closing date (avslut), empty while active
 * @param outcome the outcome reached; may be present while still open (e.g. employed, closed later)
 * @param subsidised for EMPLOYMENT: with a wage subsidy
 * @param firstContact first contact after admission, if any
 * @param actionPlan an individual action plan exists
 */
public record ServiceParticipant(
    Pseudonym key,
    LocalDate admitted,
    Optional<LocalDate> closed,
    Optional<OutcomeType> outcome,
    boolean subsidised,
    Optional<LocalDate> firstContact,
    boolean actionPlan) {

  /**
   * @throws ValidationException if dates are out of order or a closed participant has no outcome
   * @param key the participant's pseudonymous key; not null
   * @param admitted admission date; not null
   * @param closed closing date; not null, empty while active
   * @param outcome the outcome; not null, may be empty while active
   * @param subsidised with a wage subsidy
   * @param firstContact first contact; not null, may be empty
   * @param actionPlan an action plan exists
   */
  public ServiceParticipant {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(admitted, "admitted");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(firstContact, "firstContact");
    Violations v = new Violations();
    closed.ifPresent(
        c ->
            v.check(
                !c.isBefore(admitted),
                "/closed",
                "date-order",
                "closed (" + c + ") is before admitted (" + admitted + ")"));
    firstContact.ifPresent(
        f ->
            v.check(
                !f.isBefore(admitted),
                "/firstContact",
                "date-order",
                "firstContact (" + f + ") is before admitted (" + admitted + ")"));
    v.check(
        closed.isEmpty() || outcome.isPresent(),
        "/outcome",
        "required",
        "a closed participant needs an outcome (NONE if none)");
    v.check(
        !subsidised || outcome.filter(o -> o == OutcomeType.EMPLOYMENT).isPresent(),
        "/subsidised",
        "subsidised",
        "only EMPLOYMENT can be subsidised");
    v.throwIfAny();
  }

  /**
   * The future-date rule: a register records what has happened, so no admission, closing or first
   * contact lies after today. It is checked when a participant is given, not when a report is made,
   * so a report as of an earlier day still counts what was recorded later.
   *
   * @param today the day the dates are checked against; not null
   * @param v where violations are recorded, rule {@code future-date} at {@code at}/admitted,
   *     /closed or /firstContact; not null
   * @param at the participant's JSON pointer in the request ("" for a single participant); not null
   */
  public void checkNotAfter(LocalDate today, Violations v, String at) {
    checkNotAfter(today, v, at + "/admitted", Optional.of(admitted));
    checkNotAfter(today, v, at + "/closed", closed);
    checkNotAfter(today, v, at + "/firstContact", firstContact);
  }

  private static void checkNotAfter(
      LocalDate today, Violations v, String pointer, Optional<LocalDate> date) {
    date.ifPresent(
        d ->
            v.check(
                !d.isAfter(today),
                pointer,
                "future-date",
                pointer.substring(pointer.lastIndexOf('/') + 1)
                    + " "
                    + d
                    + " is after today ("
                    + today
                    + ")"));
  }
}
