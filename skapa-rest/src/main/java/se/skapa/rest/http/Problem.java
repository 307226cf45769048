package se.skapa.rest.http;

import java.util.List;
import java.util.Map;
import se.skapa.app.StoredModeException;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.ViolationTexts;

/**
 * An RFC 9457 problem document ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem
 * @param errors every violation, each with a JSON Pointer into the request
 */
public record Problem(
    String type, String title, int status, String detail, List<ProblemError> errors) {

  public static final String CONTENT_TYPE = "application/problem+json";

  /** Where every problem type of SKAPA lives. */
  public static final String BASE = "https://skapa.se/problems/";

  public Problem {
    errors = List.copyOf(errors);
  }

  /** One violation: where, which rule, and a sentence. */
  public record ProblemError(String pointer, String rule, String message) {
    public static ProblemError of(Violation v) {
      return new ProblemError(v.pointer(), v.rule(), v.message());
    }
  }

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(BASE + slug, title, status, detail, List.of());
  }

  /** A problem that also says where: the body's pointer reached and the rule. */
  public static Problem of(
      int status, String slug, String title, String detail, List<ProblemError> errors) {
    return new Problem(BASE + slug, title, status, detail, List.copyOf(errors));
  }

  /** The core's violations as a 422 problem: pointer, rule and message carry over unchanged. */
  public static Problem of(ValidationException e) {
    return validation(e.violations().stream().map(ProblemError::of).toList());
  }

  /** A stored-mode refusal: 404, 403, 409, 412, 428 or 422, with the use case's sentence. */
  public static Problem of(StoredModeException e) {
    String detail = String.valueOf(e.getMessage());
    return switch (e.kind()) {
      case NOT_FOUND -> of(404, "not-found", "Not found", detail);
      case FORBIDDEN -> of(403, "forbidden", "Forbidden", detail);
      case CONFLICT -> of(409, "conflict", "Conflict", detail);
      case STALE -> of(412, "precondition-failed", "Precondition failed", detail);
      case PRECONDITION_REQUIRED ->
          of(428, "precondition-required", "Precondition required", detail);
      case IDEMPOTENCY_MISMATCH ->
          of(422, "idempotency-key-reused", "Idempotency-Key reused", detail);
      case SIGN_IN_FAILED -> of(401, "sign-in-failed", "Sign-in failed", detail);
    };
  }

  public static Problem validation(List<ProblemError> errors) {
    return new Problem(
        BASE + "validation",
        "The request breaks " + (errors.size() == 1 ? "a rule" : errors.size() + " rules"),
        422,
        errors.size() == 1 ? errors.get(0).message() : "see errors[] for each violation",
        errors);
  }

  /** Titles of the problem types in Swedish, by the type's last segment. */
  private static final Map<String, String> TITLES_SV =
      Map.ofEntries(
          Map.entry("validation", "Begäran bryter mot en regel"),
          Map.entry("malformed", "Felaktig begäran"),
          Map.entry("http", "HTTP-fel"),
          Map.entry("not-found", "Finns inte"),
          Map.entry("forbidden", "Inte tillåtet"),
          Map.entry("unauthorized", "Nyckel saknas eller gäller inte"),
          Map.entry("conflict", "Finns redan"),
          Map.entry("precondition-failed", "Någon annan hann före"),
          Map.entry("precondition-required", "If-Match krävs"),
          Map.entry("method-not-allowed", "Metoden är inte tillåten här"),
          Map.entry("not-acceptable", "Kan inte svara i det formatet"),
          Map.entry("unsupported-media-type", "Fel innehållstyp"),
          Map.entry("too-large", "För stor begäran"),
          Map.entry("database-unavailable", "Databasen svarar inte"),
          Map.entry("stopping", "Servern stängs"),
          Map.entry("internal", "Internt fel"));

  /**
   * This problem in the reader's language: each error's message from {@link
   * se.skapa.core.common.ViolationTexts}, the title from the type, and a validation problem's
   * detail from its first error, any other detail from {@link ProblemTexts}. Pointers and rule
   * codes stay as they are.
   */
  public Problem in(Language language) {
    if (language == Language.EN) {
      return this;
    }
    List<ProblemError> localised =
        errors.stream()
            .map(
                e ->
                    new ProblemError(
                        e.pointer(),
                        e.rule(),
                        ViolationTexts.message(e.pointer(), e.rule(), e.message(), language)))
            .toList();
    String slug = type.substring(type.lastIndexOf('/') + 1);
    String localTitle =
        slug.equals("validation")
            ? (errors.size() <= 1
                ? "Begäran bryter mot en regel"
                : "Begäran bryter mot " + errors.size() + " regler")
            : TITLES_SV.getOrDefault(slug, title);
    String localDetail =
        slug.equals("validation")
            ? (localised.size() == 1 ? localised.get(0).message() : "se errors[] för varje regel")
            : detail.startsWith("the body is not valid JSON")
                ? detail
                    .replace(
                        "the body is not valid JSON at line", "Kroppen är inte giltig JSON på rad")
                    .replace("the body is not valid JSON", "Kroppen är inte giltig JSON")
                    .replace(", column", ", kolumn")
                    .replace("(at ", "(vid ")
                : ProblemTexts.swedish(detail, localTitle);
    return new Problem(type, localTitle, status, localDetail, localised);
  }
}
