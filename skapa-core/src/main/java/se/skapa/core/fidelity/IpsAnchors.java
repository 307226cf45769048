package se.skapa.core.fidelity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.fidelity.NumericAnchor.Threshold;

/**
 * The numeric anchors of the IPS-25 scale confirmed from public copies of the 2008 scale: item 1
 * (caseload size) and item 2 (employment services staff). Other items with numeric anchors are not
 * implemented until their numbers are checked against the manual.
 */
public final class IpsAnchors {

  /** Item 1: 5 = 20 or fewer, 4 = 21–25, 3 = 26–30, 2 = 31–40, 1 = 41 or more. */
  public static final NumericAnchor CASELOAD =
      new NumericAnchor(
          1,
          LocalizedText.of(
              "aktiva deltagare per heltidsanställd arbetsspecialist",
              "active clients per full-time employment specialist"),
          true,
          List.of(t("20", 5), t("25", 4), t("30", 3), t("40", 2)),
          1);

  /**
   * Item 2: share of the specialists' time on employment services, in percent: 5 = 96+, 4 = 90–95,
   * 3 = 75–89, 2 = 60–74, 1 = below 60.
   */
  public static final NumericAnchor EMPLOYMENT_SERVICES_TIME =
      new NumericAnchor(
          2,
          LocalizedText.of(
              "procent av arbetsspecialisternas tid för arbetsinriktat stöd",
              "percent of specialists' time on employment services"),
          false,
          List.of(t("96", 5), t("90", 4), t("75", 3), t("60", 2)),
          1);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IpsAnchors() {}

  /** {@return the items of ips-25 whose public anchor is a number, as data} */
  public static List<NumericAnchor> all() {
    return List.of(CASELOAD, EMPLOYMENT_SERVICES_TIME);
  }

  /**
   * Clients per full-time specialist, the raw fact of item 1.
   *
   * @throws ValidationException if clients is negative ({@code /activeClients}) or the full-time
   *     equivalents are not positive ({@code /employmentSpecialistFte})
   * @param activeClients active participants on the day counted
   * @param employmentSpecialistFte employment specialists in full-time equivalents; not null
   * @return clients per full-time specialist
   */
  public static BigDecimal caseload(int activeClients, BigDecimal employmentSpecialistFte) {
    Violations v = new Violations();
    v.check(activeClients >= 0, "/activeClients", "range", "activeClients must be zero or more");
    v.check(
        employmentSpecialistFte != null
            && employmentSpecialistFte.signum() > 0
            && Decimals.reasonable(employmentSpecialistFte),
        "/employmentSpecialistFte",
        "range",
        "employmentSpecialistFte must be more than zero, with at most "
            + Decimals.MAX_SCALE
            + " decimals");
    v.throwIfAny();
    return BigDecimal.valueOf(activeClients).divide(employmentSpecialistFte, MathContext.DECIMAL64);
  }

  /**
   * Item 2's score for a share of the specialists' time on employment services.
   *
   * @throws ValidationException if the percent is not 0–100 ({@code
   *     /employmentServicesTimePercent})
   * @param percent the share of their time on employment services, 0–100; not null
   * @return item 2's score, 1–5
   */
  public static int employmentServicesTimeScore(BigDecimal percent) {
    Violations v = new Violations();
    v.check(
        percent != null
            && Decimals.reasonable(percent)
            && percent.signum() >= 0
            && percent.compareTo(HUNDRED) <= 0,
        "/employmentServicesTimePercent",
        "range",
        "employmentServicesTimePercent must be 0-100");
    v.throwIfAny();
    return EMPLOYMENT_SERVICES_TIME.score(percent);
  }

  private static Threshold t(String bound, int score) {
    return new Threshold(new BigDecimal(bound), score);
  }
}
