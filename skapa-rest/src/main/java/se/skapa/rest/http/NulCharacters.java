package se.skapa.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Pointer;

/**
 * A NUL character (U+0000) is refused where it enters, named by its field: PostgreSQL cannot store
 * one in text, and it used to surface as "database unavailable, retry", an invitation to retry
 * forever. JSON bodies (a NUL written as an escape), query parameters, form fields and CSV cells
 * are checked; everything else is refused by its own rules.
 */
public final class NulCharacters {

  /** The rule code of the refusal. */
  public static final String RULE = "nul";

  private static final byte[] ESCAPE = {'\\', 'u', '0', '0', '0', '0'};

  private NulCharacters() {}

  /**
   * @param ctx a request; its query parameters are checked
   * @throws ApiException 400 naming the first parameter that holds a NUL
   */
  public static void query(Context ctx) {
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().indexOf('\0') >= 0
          || e.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
        throw new ApiException(
            Problem.of(
                400,
                "malformed",
                "Malformed request",
                "the query parameter "
                    + (e.getKey().indexOf('\0') >= 0 ? "name" : "'" + e.getKey() + "'")
                    + " contains a NUL character (U+0000), which SKAPA does not store; remove it",
                List.of(
                    new Problem.ProblemError(
                        "/" + e.getKey().replace("\0", ""),
                        RULE,
                        "contains a NUL character (U+0000)"))));
      }
    }
  }

  /**
   * @param ctx a form post; its fields are checked
   * @return the first field that holds a NUL, if any
   */
  public static Optional<String> formField(Context ctx) {
    return ctx.formParamMap().entrySet().stream()
        .filter(
            e ->
                e.getKey().indexOf('\0') >= 0
                    || e.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * Checks a JSON body that Jackson read: only a body holding the escape of U+0000 is parsed a
   * second time, to name the field.
   *
   * @param body the body's bytes, UTF-8 JSON that parsed
   * @param mapper the reader
   * @throws ApiException 422 at the first string (or name) holding a NUL
   */
  public static void json(byte[] body, ObjectMapper mapper) {
    if (!contains(body)) {
      return;
    }
    try {
      String at = first(mapper.readTree(body), "");
      if (at != null) {
        throw JsonRefusals.invalid(
            at, RULE, "contains a NUL character (U+0000), which SKAPA does not store; remove it");
      }
    } catch (IOException unreadable) {
      // Jackson read it once; it reads it again.
    }
  }

  private static boolean contains(byte[] body) {
    outer:
    for (int i = 0; i + ESCAPE.length <= body.length; i++) {
      for (int j = 0; j < ESCAPE.length; j++) {
        if (body[i + j] != ESCAPE[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static @Nullable String first(JsonNode node, String at) {
    if (node.isTextual()) {
      return node.textValue().indexOf('\0') >= 0 ? at : null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = first(node.get(i), Pointer.at(at, i));
        if (found != null) {
          return found;
        }
      }
    }
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String here = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        if (e.getKey().indexOf('\0') >= 0) {
          return here.replace("\0", "");
        }
        String found = first(e.getValue(), here);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
