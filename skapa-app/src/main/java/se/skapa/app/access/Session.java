package se.skapa.app.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in person's session, kept in the database so that it survives a restart and is the same
 * in every instance. The browser holds a random token; the database holds its hash.
 *
 * @param csrf the token every form of this session must carry
 */
public record Session(UserAccount account, String csrf, Instant created, Instant lastSeen) {

  /**
   * @param account the account; not null
   * @param csrf the token every form of this session must carry; not null
   * @param created when it was created; not null
   * @param lastSeen when it was last used; not null
   * @throws NullPointerException if a required component is null
   */
  public Session {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
