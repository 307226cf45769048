package se.skapa.rest.http;

import io.javalin.http.Context;
import se.skapa.core.common.Language;

/**
 * The label language of a request: {@code ?lang=} wins over {@code Accept-Language}; Swedish by
 * default.
 */
public final class Lang {

  private static final String ATTRIBUTE = "skapa.lang";

  private Lang() {}

  /** Read once per request: the handler and the Content-Language header ask for it. */
  public static Language of(Context ctx) {
    Language known = ctx.attribute(ATTRIBUTE);
    if (known != null) {
      return known;
    }
    String q = ctx.queryParam("lang");
    Language lang = Language.fromTag(q != null && !q.isBlank() ? q : ctx.header("Accept-Language"));
    ctx.attribute(ATTRIBUTE, lang);
    return lang;
  }
}
