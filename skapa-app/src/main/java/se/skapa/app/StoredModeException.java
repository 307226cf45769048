package se.skapa.app;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A use case refused for a reason other than a broken domain rule (those are {@link
 * se.skapa.core.common.ValidationException}s). The kind maps to one HTTP status in the adapter.
 */
public final class StoredModeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Kind {
    /** Unknown, or belonging to another organisation: the two are never told apart. */
    NOT_FOUND,
    /** The key's roles do not allow it. */
    FORBIDDEN,
    /** The same thing exists already; {@link #existingResource()} may say where to read it. */
    CONFLICT,
    /** The version the caller saw is no longer the current one. */
    STALE,
    /** A correction without the version it corrects. */
    PRECONDITION_REQUIRED,
    /** An Idempotency-Key reused for a different request. */
    IDEMPOTENCY_MISMATCH,
    /** Wrong username or password, or too many failed attempts: never said which. */
    SIGN_IN_FAILED
  }

  /** Why the request was refused. */
  private final Kind kind;

  private final transient Optional<String> existing;

  private StoredModeException(Kind kind, String detail, Optional<String> existing) {
    super(detail, null, false, false);
    this.kind = kind;
    this.existing = existing;
  }

  /**
   * @param detail what was not found, in English
   * @return the exception
   */
  public static StoredModeException notFound(String detail) {
    return new StoredModeException(Kind.NOT_FOUND, detail, Optional.empty());
  }

  /**
   * @param detail which role was needed, in English
   * @return the exception
   */
  public static StoredModeException forbidden(String detail) {
    return new StoredModeException(Kind.FORBIDDEN, detail, Optional.empty());
  }

  /**
   * @param detail what exists already, in English, naming it
   * @param existingResource where what exists can be read, relative to its organisation (e.g.
   *     {@code measurements/<id>}); null if it cannot be read by itself
   * @return the exception
   */
  public static StoredModeException conflict(String detail, @Nullable String existingResource) {
    return new StoredModeException(Kind.CONFLICT, detail, Optional.ofNullable(existingResource));
  }

  /**
   * @param detail what changed first, in English
   * @return the exception
   */
  public static StoredModeException stale(String detail) {
    return new StoredModeException(Kind.STALE, detail, Optional.empty());
  }

  /**
   * @param detail what to send, in English
   * @return the exception
   */
  public static StoredModeException preconditionRequired(String detail) {
    return new StoredModeException(Kind.PRECONDITION_REQUIRED, detail, Optional.empty());
  }

  /**
   * @param detail what differs, in English
   * @return the exception
   */
  public static StoredModeException idempotencyMismatch(String detail) {
    return new StoredModeException(Kind.IDEMPOTENCY_MISMATCH, detail, Optional.empty());
  }

  /**
   * @param detail the one message for every reason
   * @return the exception
   */
  public static StoredModeException signInFailed(String detail) {
    return new StoredModeException(Kind.SIGN_IN_FAILED, detail, Optional.empty());
  }

  /** {@return why the request was refused} */
  public Kind kind() {
    return kind;
  }

  /**
   * Where the thing that already exists can be read, for a CONFLICT: the use case says so, the
   * adapter turns it into a {@code Location}.
   *
   * @return its path relative to the organisation, e.g. {@code measurements/<id>}; empty if it
   *     cannot be read by itself, and for other kinds
   */
  public Optional<String> existingResource() {
    return existing;
  }
}
