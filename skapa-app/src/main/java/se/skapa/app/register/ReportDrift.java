package se.skapa.app.register;

import java.util.ArrayList;
import java.util.List;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.Share;

/**
 * How a run of an outcome report differs from the report fixed for the same period, and why it can:
 * records written after it was fixed, and records no longer there (erased, or gallrade).
 *
 * @param differences each count that differs, as fixed and as now
 * @param enrolmentsThen enrolments the fixed report was computed over
 * @param enrolmentsNow enrolments today's run read
 * @param writtenSince of those, written (new or corrected) after the report was fixed
 */
public record ReportDrift(
    List<Difference> differences, int enrolmentsThen, int enrolmentsNow, int writtenSince) {

  /**
   * Copies the differences.
   *
   * @param differences the differences
   * @param enrolmentsThen enrolments then
   * @param enrolmentsNow enrolments now
   * @param writtenSince written since
   */
  public ReportDrift {
    differences = List.copyOf(differences);
  }

  /**
   * One count that differs.
   *
   * @param cell the cell, named as {@code SmallNumbers.suppressed} names it
   * @param fixed as fixed
   * @param now as today's run
   */
  public record Difference(String cell, int fixed, int now) {}

  /**
   * @param fixed the fixed report; not null
   * @param now today's run of the same period; not null
   * @param workedNow today's count of those who worked while enrolled; not null
   * @param rows the enrolments today's run read; not null
   * @return how they differ
   */
  static ReportDrift of(
      FixedReport fixed, OutcomeReport now, Share workedNow, List<StoredEnrolment> rows) {
    OutcomeReport then = fixed.report();
    List<Difference> out = new ArrayList<>();
    differ(out, "activeAtEnd", then.activeAtEnd(), now.activeAtEnd());
    differ(out, "admitted", then.admitted(), now.admitted());
    differ(out, "closed", then.closed(), now.closed());
    for (OutcomeType type : OutcomeType.values()) {
      differ(
          out,
          "outcomes/" + type,
          then.outcome(type).share().count(),
          now.outcome(type).share().count());
    }
    differ(
        out,
        "contactedWithinDays",
        then.contactedWithinDays().count(),
        now.contactedWithinDays().count());
    differ(out, "actionPlan", then.actionPlan().count(), now.actionPlan().count());
    differ(out, "workedDuring", fixed.workedCount(), workedNow.count());
    int written = (int) rows.stream().filter(r -> r.recordedAt().isAfter(fixed.fixedAt())).count();
    return new ReportDrift(out, fixed.enrolments(), rows.size(), written);
  }

  private static void differ(List<Difference> out, String cell, int then, int now) {
    if (then != now) {
      out.add(new Difference(cell, then, now));
    }
  }

  /** {@return true if today's run gives the fixed report's counts} */
  public boolean none() {
    return differences.isEmpty();
  }
}
