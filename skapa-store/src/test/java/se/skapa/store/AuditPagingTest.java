package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.audit.AuditTrail;
import se.skapa.core.common.Pseudonym;

/** A trail longer than a page is read to its end, page by page, every line once. */
class AuditPagingTest {

  @Test
  void everyLineOfALongTrailIsReadOnceAcrossPages() {
    try (Database db = TestDatabase.fresh()) {
      MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 22));
      JdbcStorage storage = new JdbcStorage(db.dataSource());
      OrganisationId org = OrganisationId.of("paged");
      Actor admin =
          new Organisations(storage, clock)
              .create(org, "Paged", Pseudonym.of("admin"))
              .adminKey()
              .key()
              .actor();
      int written = AuditTrail.MAX_LINES + 37;
      Instant start = Instant.parse("2025-03-01T08:00:00Z");
      storage.transaction(
          tx -> {
            for (int i = 0; i < written; i++) {
              AuditLog.in(tx)
                  .audit(
                      new AuditEntry(
                          org,
                          start.plusSeconds(i),
                          Optional.empty(),
                          "h-" + (i % 7),
                          "line-" + i,
                          "r",
                          Optional.empty(),
                          Optional.empty()));
            }
            return null;
          });
      AuditTrail trail = new AuditTrail(storage, clock, ZoneId.of("Europe/Stockholm"));
      List<String> read = new ArrayList<>();
      long after = 0;
      int pages = 0;
      do {
        AuditTrail.Page page =
            trail.read(admin, org, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), after);
        page.lines().forEach(l -> read.add(l.action()));
        assertTrue(page.lines().size() <= AuditTrail.MAX_LINES);
        after = page.next().orElse(-1L);
        pages++;
      } while (after >= 0);
      assertEquals(2, pages);
      assertEquals(written, read.size());
      Set<String> distinct = new HashSet<>(read);
      assertEquals(written, distinct.size(), "no line twice");
      assertEquals("line-0", read.get(0));
      assertEquals("line-" + (written - 1), read.get(written - 1), "oldest first, to the end");
    }
  }
}
