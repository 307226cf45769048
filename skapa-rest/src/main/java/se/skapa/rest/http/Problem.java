package se.skapa.rest.http;

import java.util.List;
import se.skapa.core.common.Violation;

/**
 * An RFC 9457 problem document ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem
 * @param errors every violation, each with a JSON Pointer into the request
 */
public record Problem(String type, String title, int status, String detail, List<ProblemError> errors) {

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
    public static Problem of(int status, String slug, String title, String detail, List<ProblemError> errors) {
        return new Problem(BASE + slug, title, status, detail, List.copyOf(errors));
    }

    /** The core's violations as a 422 problem: pointer, rule and message carry over unchanged. */
    public static Problem of(se.skapa.core.common.ValidationException e) {
        return validation(e.violations().stream().map(ProblemError::of).toList());
    }

    /** A stored-mode refusal: 404, 403, 409, 412, 428 or 422, with the use case's sentence. */
    public static Problem of(se.skapa.app.StoredModeException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> of(404, "not-found", "Not found", e.getMessage());
            case FORBIDDEN -> of(403, "forbidden", "Forbidden", e.getMessage());
            case CONFLICT -> of(409, "conflict", "Conflict", e.getMessage());
            case STALE -> of(412, "precondition-failed", "Precondition failed", e.getMessage());
            case PRECONDITION_REQUIRED -> of(428, "precondition-required", "Precondition required", e.getMessage());
            case IDEMPOTENCY_MISMATCH -> of(422, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
            case SIGN_IN_FAILED -> of(401, "sign-in-failed", "Sign-in failed", e.getMessage());
        };
    }

    public static Problem validation(List<ProblemError> errors) {
        return new Problem(BASE + "validation", "The request breaks " + (errors.size() == 1 ? "a rule" : errors.size() + " rules"),
                422, errors.size() == 1 ? errors.get(0).message() : "see errors[] for each violation", errors);
    }
}
