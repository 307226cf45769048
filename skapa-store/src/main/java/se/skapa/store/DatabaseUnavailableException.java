package se.skapa.store;

import org.jspecify.annotations.Nullable;

/**
 * The database cannot be used; the message says why, for the operator. The server does not start.
 */
public final class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
