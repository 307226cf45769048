package se.skapa.rest.http;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * What a route answers with, held against the caller's {@code Accept}: a route that answers JSON
 * does not send JSON to a caller that asked for CSV only, it says 406 and what it can send. No
 * {@code Accept}, {@code *}/{@code *} and the type's own wildcard are always fine; a range with
 * {@code q=0} is a refusal.
 */
public final class Negotiation {

  private Negotiation() {}

  /** The media type a route of this path answers with when it succeeds. */
  public static String produces(String path) {
    return path.endsWith(".csv")
        ? "text/csv"
        : path.endsWith(".pdf")
            ? "application/pdf"
            : path.endsWith("/chart") ? "image/svg+xml" : "application/json";
  }

  /**
   * @throws ApiException 406 if {@code Accept} names only types this route cannot send
   */
  public static void require(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return;
    }
    String produced = produces(ctx.path());
    String family = produced.substring(0, produced.indexOf('/'));
    for (String range : accept.split(",")) {
      String[] parts = range.split(";", -1);
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      boolean refused = false;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].trim().replace(" ", "");
        refused |= p.equals("q=0") || p.matches("q=0(\\.0{0,3})?");
      }
      if (!refused
          && (type.equals("*/*")
              || type.equals("*")
              || type.equals(family + "/*")
              || type.equals(produced))) {
        return;
      }
    }
    throw ApiException.notAcceptable(produced);
  }

  /**
   * Refuses a body declared in a charset Java does not know, before anything reads it: Jetty and
   * Javalin would throw on it deep inside reading a form or a body, a 500.
   *
   * @param ctx any request
   * @throws ApiException 415 naming the charset
   */
  public static void knownCharset(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return;
    }
    for (String part : type.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).replace("\"", "").trim();
        boolean known;
        try {
          known = Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
          known = false;
        }
        if (!known) {
          throw ApiException.notUtf8(
              "the body is declared as charset="
                  + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                  + ", which SKAPA does not know; send UTF-8");
        }
      }
    }
  }
}
