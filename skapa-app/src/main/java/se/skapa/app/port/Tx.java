package se.skapa.app.port;

/**
 * One running transaction. A use case asks it for the ports of the capabilities it touches (each
 * capability declares its own small port, such as {@code MeasurementStore} or {@code AuditLog},
 * with a static {@code in(Tx)}); everything done through them commits or rolls back together.
 * Implementations are used by one thread for the length of one transaction.
 */
public interface Tx {

  /**
   * The implementation of a capability's port within this transaction.
   *
   * @param <P> the port's type
   * @param port the port's interface, e.g. {@code MeasurementStore.class}; not null
   * @return the port, bound to this transaction
   * @throws IllegalArgumentException if this storage does not implement {@code port}
   */
  <P> P port(Class<P> port);
}
