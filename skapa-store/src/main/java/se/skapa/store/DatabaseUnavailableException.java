package se.skapa.store;

/**
 * The database cannot be used; the message says why, for the operator. The server does not start.
 */
public final class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
