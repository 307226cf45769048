package se.skapa.app.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.skapa.app.OrganisationId;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;

/** {@link AuditLog} in memory: the lines in the order written. */
public final class InMemoryAuditLog implements AuditLog, InMemoryStorage.Rows {

  private List<AuditEntry> lines = new ArrayList<>();

  @Override
  public void audit(AuditEntry entry) {
    lines.add(entry);
  }

  @Override
  public List<Sequenced> audit(
      OrganisationId org, Instant from, Instant to, long after, int limit) {
    return audit(org, from, to, after, limit, se.skapa.app.audit.AuditFilter.NONE);
  }

  @Override
  public List<Sequenced> audit(
      OrganisationId org,
      Instant from,
      Instant to,
      long after,
      int limit,
      se.skapa.app.audit.AuditFilter filter) {
    List<Sequenced> out = new ArrayList<>();
    for (int i = 0; i < lines.size() && out.size() < limit; i++) {
      AuditEntry e = lines.get(i);
      if (i + 1 > after
          && e.organisation().equals(org)
          && !e.at().isBefore(from)
          && e.at().isBefore(to)
          && filter.keeps(e)) {
        out.add(new Sequenced(i + 1, e));
      }
    }
    return out;
  }

  /**
   * @return every line written, in order
   */
  public List<AuditEntry> lines() {
    return List.copyOf(lines);
  }

  @Override
  public Object save() {
    return List.copyOf(lines);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object saved) {
    lines = new ArrayList<>((List<AuditEntry>) saved);
  }
}
