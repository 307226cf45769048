package se.skapa.app.access;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.register.AfterClosing;

/**
 * What an organisation decides for itself: who answers for the accessibility of its pages, how
 * often its participants are measured, when its follow-ups after closing fall due, and how small a
 * count it withholds from analysts. Valid by construction; the server's small-numbers threshold is
 * a floor an organisation may raise and never lower ({@link #smallNumbers(int)}).
 *
 * @param accessibilityContact where a visitor reports an accessibility problem: a functional e-mail
 *     address, telephone number or web address of the organisation, never a person's own
 * @param measurementIntervalMonths months between a participant's SKAPA conversations before the
 *     next is due, 1–6 (2–3 in SKAPA's method)
 * @param afterClosingMonths months after closing the follow-ups fall due, ascending, 1–4 of them,
 *     each 1–36
 * @param smallNumbers the organisation's own small-numbers threshold, 2–100, or empty for the
 *     server's
 */
public record OrganisationSettings(
    Optional<String> accessibilityContact,
    int measurementIntervalMonths,
    List<Integer> afterClosingMonths,
    Optional<Integer> smallNumbers) {

  /**
   * The settings of an organisation that has chosen none: every 3 months, follow-ups at 6 and 12.
   */
  public static final OrganisationSettings DEFAULT =
      new OrganisationSettings(Optional.empty(), 3, List.of(6, 12), Optional.empty());

  /** The most characters of the accessibility contact. */
  public static final int CONTACT_MAX = 200;

  private static final Pattern ONE_LINE = Pattern.compile("[^\\p{Cntrl}]+");

  /**
   * @param accessibilityContact the contact, one line of at most {@value #CONTACT_MAX} characters;
   *     empty for none; not null
   * @param measurementIntervalMonths 1–6
   * @param afterClosingMonths 1–4 distinct months, each 1–36; kept ascending; not null
   * @param smallNumbers 2–100, or empty; not null
   * @throws ValidationException naming every field that breaks its rule ({@code range}, {@code
   *     size}, {@code duplicate}, {@code length}, {@code format})
   * @throws NullPointerException if a component is null
   */
  public OrganisationSettings {
    Objects.requireNonNull(accessibilityContact, "accessibilityContact");
    Objects.requireNonNull(afterClosingMonths, "afterClosingMonths");
    Objects.requireNonNull(smallNumbers, "smallNumbers");
    accessibilityContact = accessibilityContact.map(String::strip).filter(s -> !s.isEmpty());
    List<Violation> faults = new ArrayList<>();
    accessibilityContact.ifPresent(
        c -> {
          if (c.length() > CONTACT_MAX) {
            faults.add(
                new Violation(
                    "/accessibilityContact",
                    "length",
                    "has " + c.length() + " characters; at most " + CONTACT_MAX));
          } else if (!ONE_LINE.matcher(c).matches()) {
            faults.add(
                new Violation(
                    "/accessibilityContact", "format", "is one line without control characters"));
          }
        });
    if (measurementIntervalMonths < 1 || measurementIntervalMonths > 6) {
      faults.add(
          new Violation(
              "/measurementIntervalMonths",
              "range",
              "must be at least 1 and at most 6, got " + measurementIntervalMonths));
    }
    if (afterClosingMonths.isEmpty() || afterClosingMonths.size() > 4) {
      faults.add(
          new Violation(
              "/afterClosingMonths",
              "size",
              "size must be between 1 and 4, got " + afterClosingMonths.size()));
    }
    for (int i = 0; i < afterClosingMonths.size(); i++) {
      int m = Objects.requireNonNull(afterClosingMonths.get(i), "afterClosingMonths");
      if (m < 1 || m > AfterClosing.LATEST_MONTHS) {
        faults.add(
            new Violation(
                "/afterClosingMonths/" + i,
                "range",
                "must be at least 1 and at most " + AfterClosing.LATEST_MONTHS + ", got " + m));
      } else if (afterClosingMonths.subList(0, i).contains(m)) {
        faults.add(new Violation("/afterClosingMonths/" + i, "duplicate", m + " is given twice"));
      }
    }
    smallNumbers.ifPresent(
        t -> {
          if (t < SmallNumbers.LOWEST_THRESHOLD || t > SmallNumbers.HIGHEST_THRESHOLD) {
            faults.add(
                new Violation(
                    "/smallNumbers",
                    "range",
                    "must be at least "
                        + SmallNumbers.LOWEST_THRESHOLD
                        + " and at most "
                        + SmallNumbers.HIGHEST_THRESHOLD
                        + ", got "
                        + t));
          }
        });
    if (!faults.isEmpty()) {
      throw new ValidationException(faults);
    }
    afterClosingMonths = afterClosingMonths.stream().sorted().toList();
  }

  /**
   * The settings in force for an organisation within a transaction: its own, or {@link #DEFAULT}.
   *
   * @param tx the running transaction; not null
   * @param org the organisation; not null
   * @return its settings
   */
  public static OrganisationSettings in(Tx tx, OrganisationId org) {
    return OrganisationStore.in(tx).settings(org).orElse(DEFAULT);
  }

  /**
   * The small-numbers threshold in force: the organisation's own, but never below the server's.
   *
   * @param floor the server's threshold, which no organisation goes below
   * @return the larger of the two
   */
  public int smallNumbers(int floor) {
    return Math.max(floor, smallNumbers.orElse(floor));
  }

  /**
   * @param base the direction step and anything else the organisation does not choose; not null
   * @return {@code base} at this organisation's interval between conversations
   */
  public ProgressionOptions progressionOptions(ProgressionOptions base) {
    return new ProgressionOptions(base.directionStep(), measurementInterval());
  }

  /**
   * @return the time between conversations before the next is due
   */
  public Period measurementInterval() {
    return Period.ofMonths(measurementIntervalMonths);
  }
}
