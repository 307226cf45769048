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
  public List<AuditEntry> audit(OrganisationId org, Instant from, Instant to, int limit) {
    return lines.stream()
        .filter(e -> e.organisation().equals(org) && !e.at().isBefore(from) && e.at().isBefore(to))
        .limit(limit)
        .toList();
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
