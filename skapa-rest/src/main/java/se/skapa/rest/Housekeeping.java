package se.skapa.rest;

import java.time.Period;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.skapa.app.access.Accounts;
import se.skapa.app.audit.Erasure;
import se.skapa.rest.http.Redacted;

/**
 * Daily chores of stored mode: retention (gallring), when configured, forgetting old
 * Idempotency-Keys, and ending expired sessions. Safe when several instances share one database:
 * each erasure is its own transaction, and a participant already erased is simply not found again.
 */
final class Housekeeping {

  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
  private static final long FIRST_RUN_MINUTES = 1;
  private static final long EVERY_MINUTES = 24 * 60;

  private final Erasure erasure;
  private final Accounts accounts;
  private final Optional<Period> retention;
  private @Nullable ScheduledExecutorService scheduler;

  Housekeeping(Erasure erasure, Accounts accounts, Optional<Period> retention) {
    this.erasure = erasure;
    this.accounts = accounts;
    this.retention = retention;
  }

  synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "skapa-housekeeping");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleAtFixedRate(
        this::runOnce, FIRST_RUN_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
  }

  synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  void runOnce() {
    try {
      retention.ifPresent(
          r -> {
            int erased = erasure.applyRetention(r);
            LOG.info(
                "Retention (gallring): erased {} participant(s) with no record for {} and no open"
                    + " enrolment",
                erased,
                r);
          });
      erasure.forgetOldIdempotencyClaims();
      accounts.endExpiredSessions();
    } catch (RuntimeException e) {
      LOG.error("Housekeeping failed; it runs again tomorrow", Redacted.of(e));
    }
  }
}
