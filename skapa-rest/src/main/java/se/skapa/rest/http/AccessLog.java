package se.skapa.rest.http;

import java.util.Locale;

/**
 * One line per request: method, the matched route's template (never the path itself, which may hold
 * a participant's key, and never the query, which may hold dates of a person), status and time. No
 * body, key or header is logged.
 */
public final class AccessLog {

  private AccessLog() {}

  /**
   * @param template the route template that answered ({@code
   *     /api/v1/organisations/{org}/participants/{participant}/progression}), or empty when no
   *     route matched
   */
  public static String line(String method, String template, int status, double millis) {
    return String.format(
        Locale.ROOT,
        "%s %s %d %.1f ms",
        method,
        template.isEmpty() ? "(no route)" : template,
        status,
        millis);
  }
}
