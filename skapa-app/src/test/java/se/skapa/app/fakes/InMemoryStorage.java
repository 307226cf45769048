package se.skapa.app.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;

/**
 * A {@link Storage} in memory for unit tests of use cases: holds the fakes of the ports a test
 * needs, and rolls every one of them back when the work throws, as a transaction would.
 */
public final class InMemoryStorage implements Storage {

  /** A fake port whose rows can be saved and put back. */
  public interface Rows {
    /**
     * @return a copy of every row
     */
    Object save();

    /**
     * @param saved what {@link #save} returned
     */
    void restore(Object saved);
  }

  private final Map<Class<?>, Object> ports = new HashMap<>();
  private int transactions;

  /**
   * @param <P> the port
   * @param port its interface
   * @param fake its fake, which also implements {@link Rows}
   * @return this
   */
  public <P> InMemoryStorage with(Class<P> port, P fake) {
    ports.put(port, fake);
    return this;
  }

  /**
   * @return transactions begun so far
   */
  public int transactions() {
    return transactions;
  }

  @Override
  public <T> T transaction(Function<Tx, T> work) {
    transactions++;
    List<Rows> fakes = new ArrayList<>();
    List<Object> saved = new ArrayList<>();
    for (Object p : ports.values()) {
      if (p instanceof Rows r && !fakes.contains(r)) {
        fakes.add(r);
        saved.add(r.save());
      }
    }
    Tx tx =
        new Tx() {
          @Override
          public <P> P port(Class<P> port) {
            Object p = ports.get(port);
            if (p == null) {
              throw new IllegalArgumentException("no fake for " + port.getName());
            }
            return port.cast(p);
          }
        };
    try {
      return work.apply(tx);
    } catch (RuntimeException e) {
      for (int i = 0; i < fakes.size(); i++) {
        fakes.get(i).restore(saved.get(i));
      }
      throw e;
    }
  }
}
