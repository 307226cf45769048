package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Passwords;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/** People sign in as themselves; sessions and throttling live in the database. */
class AccountsTest {

  static final String PASSWORD = "korv med bröd och senap";
  static Database db;
  static MutableClock clock;
  static Accounts accounts;
  static OrganisationId org = OrganisationId.of("ame-accounts");

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
    clock = new MutableClock(LocalDate.of(2026, 11, 22));
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    accounts = new Accounts(storage, clock);
    Actor admin =
        new Organisations(storage, clock)
            .create(org, "Accounts", Pseudonym.of("admin"))
            .adminKey()
            .key()
            .actor();
    accounts.createUser(admin, org, Pseudonym.of("h-2"), PASSWORD, Set.of(Role.HANDLEDARE));
    accounts.createUser(admin, org, Pseudonym.of("h-3"), PASSWORD, Set.of(Role.HANDLEDARE));
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @Test
  void passwords_are_stored_as_pbkdf2_with_their_iteration_count_never_as_given() throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT password_hash FROM users WHERE username = 'h-2'")) {
      rs.next();
      String stored = rs.getString(1);
      assertTrue(stored.startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"), stored);
      assertTrue(!stored.contains(PASSWORD));
    }
    ValidationException shortOne =
        assertThrows(ValidationException.class, () -> Accounts.checkPassword("kort", "/password"));
    assertEquals("password", shortOne.violations().get(0).rule());
  }

  @Test
  void a_session_lives_in_the_database_ends_when_idle_and_ends_on_sign_out() {
    clock.set(LocalDate.of(2026, 11, 22));
    Accounts.SignedIn in = accounts.signIn(org, Pseudonym.of("h-2"), PASSWORD);
    Accounts another = new Accounts(new JdbcStorage(db.dataSource()), clock);
    assertEquals(
        "h-2",
        another.session(in.token()).orElseThrow().account().username().value(),
        "another instance, or this one after a restart, knows the session");
    clock.advance(Accounts.IDLE_TIMEOUT.plusMinutes(1));
    assertEquals(Optional.empty(), accounts.session(in.token()), "idle too long");
    clock.set(LocalDate.of(2026, 11, 22));
    Accounts.SignedIn again = accounts.signIn(org, Pseudonym.of("h-2"), PASSWORD);
    for (int i = 0; i < 30; i++) {
      clock.advance(Duration.ofMinutes(25));
      if (accounts.session(again.token()).isEmpty()) {
        assertTrue(
            i * 25 >= Accounts.ABSOLUTE_TIMEOUT.toMinutes() - 25,
            "ended by the absolute time-out, not before: " + i);
        break;
      }
    }
    assertEquals(Optional.empty(), accounts.session(again.token()), "a working day at most");
    clock.set(LocalDate.of(2026, 11, 22));
    Accounts.SignedIn third = accounts.signIn(org, Pseudonym.of("h-2"), PASSWORD);
    accounts.signOut(third.token());
    assertEquals(
        Optional.empty(),
        another.session(third.token()),
        "signed out on the server, in every instance");
  }

  @Test
  void failed_sign_ins_are_throttled_and_never_say_whether_the_account_exists() {
    clock.set(LocalDate.of(2026, 11, 23));
    StoredModeException unknown =
        assertThrows(
            StoredModeException.class,
            () -> accounts.signIn(org, Pseudonym.of("nobody"), PASSWORD));
    StoredModeException wrong =
        assertThrows(
            StoredModeException.class,
            () -> accounts.signIn(org, Pseudonym.of("h-3"), "fel lösenord här"));
    assertEquals(unknown.getMessage(), wrong.getMessage());
    for (int i = 1; i < Accounts.MAX_FAILURES; i++) {
      assertThrows(
          StoredModeException.class,
          () -> accounts.signIn(org, Pseudonym.of("h-3"), "fel lösenord här"));
    }
    StoredModeException throttled =
        assertThrows(
            StoredModeException.class, () -> accounts.signIn(org, Pseudonym.of("h-3"), PASSWORD));
    assertEquals(
        StoredModeException.Kind.SIGN_IN_FAILED,
        throttled.kind(),
        "the right password is refused while throttled");
    clock.advance(Accounts.THROTTLE_WINDOW.plusMinutes(1));
    assertEquals(
        "h-3",
        accounts.signIn(org, Pseudonym.of("h-3"), PASSWORD).session().account().username().value());
  }
}
