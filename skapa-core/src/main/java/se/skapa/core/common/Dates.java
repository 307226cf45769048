package se.skapa.core.common;

import java.time.LocalDate;

/**
 * The era a record of this domain can lie in. A date outside it is a typing error, and would
 * overflow day arithmetic at the extremes. (A fidelity review has its own, later start: there were
 * no IPS reviews before 1990.)
 */
public final class Dates {

  /** The earliest date any measurement, enrolment or report period may carry. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest. */
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  private Dates() {}
}
