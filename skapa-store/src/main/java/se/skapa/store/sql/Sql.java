package se.skapa.store.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.port.StorageException;

/**
 * The statements of one transaction on one connection: what every capability's JDBC class shares.
 * Rows are read by column name, never by position, so a query's column list can change without
 * breaking its mapper.
 */
public final class Sql {

  /** A row of a result set turned into a value. */
  @FunctionalInterface
  public interface Row<T> {
    /**
     * @param rs positioned on the row
     * @return the value
     * @throws SQLException if a column cannot be read
     */
    T map(ResultSet rs) throws SQLException;
  }

  /** Rows fetched per round trip by {@link #each}. */
  private static final int FETCH = 500;

  private final Connection connection;

  /**
   * @param connection in a transaction (auto-commit off); not null
   */
  public Sql(Connection connection) {
    this.connection = connection;
  }

  /**
   * @return the connection, for the few statements that need more than these helpers
   */
  public Connection connection() {
    return connection;
  }

  /**
   * @param sql a statement with {@code ?} parameters
   * @param params the parameters, in order; a null is sent as SQL NULL
   * @return rows changed
   */
  public int update(String sql, @Nullable Object... params) {
    try (PreparedStatement ps = prepare(sql, params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StorageException("statement failed: " + e.getMessage(), e);
    }
  }

  /**
   * @param <T> what a row becomes
   * @param sql a query with {@code ?} parameters
   * @param row the mapper
   * @param params the parameters, in order
   * @return the first row; empty if there is none
   */
  public <T> Optional<T> one(String sql, Row<T> row, @Nullable Object... params) {
    List<T> all = list(sql, row, params);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * @param <T> what a row becomes
   * @param sql a query with {@code ?} parameters
   * @param row the mapper
   * @param params the parameters, in order
   * @return every row, in the query's order
   */
  public <T> List<T> list(String sql, Row<T> row, @Nullable Object... params) {
    try (PreparedStatement ps = prepare(sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StorageException("query failed: " + e.getMessage(), e);
    }
  }

  /**
   * Streams a query's rows to {@code each}, a few hundred at a time (a cursor: the connection is in
   * a transaction), never all of them in memory.
   *
   * @param <T> what a row becomes
   * @param sql a query with {@code ?} parameters
   * @param row the mapper
   * @param each called with every row, in the query's order
   * @param params the parameters, in order
   * @return how many rows there were
   */
  public <T> long each(String sql, Row<T> row, Consumer<T> each, @Nullable Object... params) {
    try (PreparedStatement ps = prepare(sql, params)) {
      ps.setFetchSize(FETCH);
      long n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(row.map(rs));
          n++;
        }
      }
      return n;
    } catch (SQLException e) {
      throw new StorageException("query failed: " + e.getMessage(), e);
    }
  }

  /**
   * @param sql a statement with {@code ?} parameters
   * @param params the parameters, in order
   * @return the prepared statement, for the caller to close
   * @throws SQLException if it cannot be prepared
   */
  public PreparedStatement prepare(String sql, @Nullable Object... params) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else {
        ps.setObject(i + 1, p);
      }
    }
    return ps;
  }

  /**
   * @param values the elements; null elements stay null
   * @return a {@code text[]} parameter
   */
  public Array textArray(List<@Nullable String> values) {
    return array("text", values.toArray());
  }

  /**
   * @param type the element type's SQL name
   * @param values the elements
   * @return an array parameter
   */
  public Array array(String type, @Nullable Object[] values) {
    try {
      return connection.createArrayOf(type, values);
    } catch (SQLException e) {
      throw new StorageException("array could not be built: " + e.getMessage(), e);
    }
  }

  /**
   * @param roles the roles
   * @return their codes as a sorted {@code text[]}
   */
  public Array roles(Set<Role> roles) {
    return textArray(roles.stream().map(Role::code).sorted().toList());
  }

  /**
   * @param sql the statements, for the array
   * @param services a limit to services; empty for none
   * @return a text array, or null for no limit
   */
  public static @Nullable Array services(Sql sql, Optional<Set<ServiceId>> services) {
    return services
        .map(s -> sql.textArray(s.stream().map(ServiceId::value).sorted().toList()))
        .orElse(null);
  }

  /**
   * @param array a text array, or null
   * @return the services it names; empty for null (no limit)
   * @throws SQLException if it cannot be read
   */
  public static Optional<Set<ServiceId>> services(@Nullable Array array) throws SQLException {
    if (array == null) {
      return Optional.empty();
    }
    Set<ServiceId> out = new java.util.TreeSet<>(java.util.Comparator.comparing(ServiceId::value));
    for (Object o : (Object[]) array.getArray()) {
      out.add(ServiceId.of((String) o));
    }
    return Optional.of(Set.copyOf(out));
  }

  /**
   * @param array a {@code text[]} of role codes
   * @return the roles
   * @throws SQLException if it cannot be read
   */
  public static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object r : (Object[]) array.getArray()) {
      roles.add(Role.of((String) r));
    }
    return roles;
  }

  /**
   * @param at an instant
   * @return it as a {@code timestamptz} parameter
   */
  public static OffsetDateTime ts(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /**
   * @param rs a row
   * @param column a non-null {@code timestamptz} column
   * @return its instant
   * @throws SQLException if it cannot be read
   */
  public static Instant at(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  /**
   * @param rs a row
   * @param column a nullable {@code timestamptz} column
   * @return its instant; empty for NULL
   * @throws SQLException if it cannot be read
   */
  public static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  /**
   * @param rs a row
   * @param column an array column
   * @return its elements
   * @throws SQLException if it cannot be read
   */
  public static Object[] elements(ResultSet rs, String column) throws SQLException {
    return (Object[]) rs.getArray(column).getArray();
  }
}
