package se.skapa.app.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.ApiKey;
import se.skapa.app.access.KeyStore;

/** {@link KeyStore} in memory, counting the writes of a key's last use. */
public final class InMemoryKeys implements KeyStore, InMemoryStorage.Rows {

  private record Row(ApiKey key, byte[] hash) {}

  private List<Row> rows = new ArrayList<>();
  private int touches;

  @Override
  public void insertKey(ApiKey key, byte[] hash) {
    rows.add(new Row(key, hash.clone()));
  }

  @Override
  public Optional<ApiKey> activeKeyByHash(byte[] hash) {
    return rows.stream()
        .filter(r -> Arrays.equals(r.hash(), hash) && r.key().revoked().isEmpty())
        .map(Row::key)
        .findFirst();
  }

  @Override
  public List<ApiKey> keys(OrganisationId org) {
    return rows.stream().map(Row::key).filter(k -> k.organisation().equals(org)).toList();
  }

  @Override
  public boolean revokeKey(OrganisationId org, KeyId id, Instant at) {
    for (int i = 0; i < rows.size(); i++) {
      ApiKey k = rows.get(i).key();
      if (k.organisation().equals(org) && k.id().equals(id) && k.revoked().isEmpty()) {
        rows.set(
            i,
            new Row(
                new ApiKey(
                    k.id(),
                    k.organisation(),
                    k.holder(),
                    k.roles(),
                    k.created(),
                    Optional.of(at),
                    k.lastUsed()),
                rows.get(i).hash()));
        return true;
      }
    }
    return false;
  }

  @Override
  public void touchKey(KeyId id, Instant at) {
    touches++;
  }

  /**
   * @return how many times a key's last use was written
   */
  public int touches() {
    return touches;
  }

  @Override
  public Object save() {
    return List.copyOf(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object saved) {
    rows = new ArrayList<>((List<Row>) saved);
  }
}
