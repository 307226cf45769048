package se.skapa.rest.http;

import io.javalin.http.Context;
import se.skapa.core.common.Language;

/** The label language of a request: {@code ?lang=} wins over {@code Accept-Language}; Swedish by default. */
public final class Lang {

    private Lang() {
    }

    public static Language of(Context ctx) {
        String q = ctx.queryParam("lang");
        return Language.fromTag(q != null && !q.isBlank() ? q : ctx.header("Accept-Language"));
    }
}
