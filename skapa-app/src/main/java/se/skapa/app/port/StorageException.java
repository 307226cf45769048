package se.skapa.app.port;

/**
 * Storage failed: unreachable, or refused a statement for a reason no use case foresees.
 * Implementations throw it.
 */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, without personal data
   * @param cause the database's own exception
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
