package se.skapa.rest.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.skapa.core.common.ValidationException;

/**
 * Query parameters every route reads alike: dates, and {@code asOf}, the day an answer is given as
 * of.
 */
public final class Query {

  private Query() {}

  /**
   * A date query parameter, if given.
   *
   * @throws ValidationException rule {@code type} at {@code /<name>} if it is not YYYY-MM-DD
   */
  public static Optional<LocalDate> date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw));
    } catch (DateTimeParseException e) {
      throw ValidationException.of("/" + name, "type", name + " must be a date (YYYY-MM-DD)");
    }
  }

  /**
   * The clock an answer is computed with: the server's, or the start of {@code ?asOf=YYYY-MM-DD} in
   * its zone, so "as of 2025-12-31" gives the same answer tomorrow (overdue days, a cohort's day,
   * the future-date rule).
   *
   * @throws ValidationException as {@link #date}
   */
  public static Clock asOf(Context ctx, Clock server) {
    return date(ctx, "asOf")
        .map(d -> Clock.fixed(d.atStartOfDay(server.getZone()).toInstant(), server.getZone()))
        .orElse(server);
  }
}
