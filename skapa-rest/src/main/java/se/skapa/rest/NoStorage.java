package se.skapa.rest;

import java.util.function.Function;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;

/**
 * The storage of a server started without a database. Stored mode's routes are declared all the
 * same, so the route table is one table; admission answers them 503 before a use case could reach
 * this.
 */
final class NoStorage implements Storage {

  @Override
  public <T> T transaction(Function<Tx, T> work) {
    throw new IllegalStateException("stored mode is off: admission should have refused this");
  }
}
