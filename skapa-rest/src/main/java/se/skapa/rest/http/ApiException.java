package se.skapa.rest.http;

/**
 * A request that must be answered with a problem document; thrown by handlers, mapped in one place.
 */
public final class ApiException extends RuntimeException {

  private final transient Problem problem;

  public ApiException(Problem problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ApiException notFound(String what) {
    return new ApiException(Problem.of(404, "not-found", "Not found", what));
  }

  public static ApiException malformed(String detail) {
    return new ApiException(Problem.of(400, "malformed-json", "Malformed JSON", detail));
  }

  public static ApiException tooLarge(long limit) {
    return tooLarge(limit, "SKAPA_MAX_BODY_BYTES");
  }

  public static ApiException tooLarge(long limit, String setting) {
    return new ApiException(
        Problem.of(
            413,
            "too-large",
            "Request body too large",
            "the body exceeds the limit of " + limit + " bytes (" + setting + ")"));
  }

  public static ApiException unsupportedMediaType(String got) {
    return new ApiException(
        Problem.of(
            415,
            "unsupported-media-type",
            "Unsupported media type",
            got == null || got.isBlank()
                ? "send the body as application/json; the request has no Content-Type"
                : "send the body as application/json, not " + got));
  }

  /** 406: the caller's Accept names only types this route cannot send. */
  public static ApiException notAcceptable(String produced) {
    return new ApiException(
        Problem.of(
            406,
            "not-acceptable",
            "Not acceptable",
            "this route answers with "
                + produced
                + ", which the request's Accept header does not allow"));
  }

  /**
   * A body in another character encoding than UTF-8: the media type is JSON, but not as JSON is
   * exchanged.
   */
  public static ApiException notUtf8(String detail) {
    return new ApiException(
        Problem.of(415, "unsupported-media-type", "Unsupported media type", detail));
  }

  public static ApiException unauthorized() {
    return new ApiException(
        Problem.of(
            401,
            "unauthorized",
            "Unauthorized",
            "send a valid API key as 'Authorization: Bearer <key>'"));
  }
}
