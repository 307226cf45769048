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
import se.skapa.app.access.SignInThrottle;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/** People sign in as themselves; sessions and throttling live in the database. */
class AccountsTest {

  static final String PASSWORD = "korv med bröd och senap";
  static Database db;
  static MutableClock clock;
  static Accounts accounts;
  static OrganisationId org = OrganisationId.of("ame-accounts");
  static Actor admin;
  static final String HOME = "10.1.2.3";
  static final String ATTACKER = "203.0.113.66";

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
    clock = new MutableClock(LocalDate.of(2026, 11, 22));
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    accounts = new Accounts(storage, clock);
    admin =
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
    Accounts.SignedIn in = accounts.signIn(org, Pseudonym.of("h-2"), PASSWORD, HOME);
    Accounts another = new Accounts(new JdbcStorage(db.dataSource()), clock);
    assertEquals(
        "h-2",
        another.session(in.token()).orElseThrow().account().username().value(),
        "another instance, or this one after a restart, knows the session");
    clock.advance(Accounts.IDLE_TIMEOUT.plusMinutes(1));
    assertEquals(Optional.empty(), accounts.session(in.token()), "idle too long");
    clock.set(LocalDate.of(2026, 11, 22));
    Accounts.SignedIn again = accounts.signIn(org, Pseudonym.of("h-2"), PASSWORD, HOME);
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
    Accounts.SignedIn third = accounts.signIn(org, Pseudonym.of("h-2"), PASSWORD, HOME);
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
            () -> accounts.signIn(org, Pseudonym.of("nobody"), PASSWORD, ATTACKER));
    StoredModeException wrong =
        assertThrows(
            StoredModeException.class,
            () -> accounts.signIn(org, Pseudonym.of("h-3"), "fel lösenord här", ATTACKER));
    assertEquals(unknown.getMessage(), wrong.getMessage());
    for (int i = 1; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
      assertThrows(
          StoredModeException.class,
          () -> accounts.signIn(org, Pseudonym.of("h-3"), "fel lösenord här", ATTACKER));
    }
    StoredModeException throttled =
        assertThrows(
            StoredModeException.class,
            () -> accounts.signIn(org, Pseudonym.of("h-3"), PASSWORD, ATTACKER));
    assertEquals(
        StoredModeException.Kind.SIGN_IN_FAILED,
        throttled.kind(),
        "the right password is refused from that address while throttled");
    assertEquals(
        "h-3",
        accounts
            .signIn(org, Pseudonym.of("h-3"), PASSWORD, HOME)
            .session()
            .account()
            .username()
            .value(),
        "an attacker elsewhere cannot lock the person out at their own desk");
    clock.advance(SignInThrottle.WINDOW.plusMinutes(1));
    assertEquals(
        "h-3",
        accounts
            .signIn(org, Pseudonym.of("h-3"), PASSWORD, ATTACKER)
            .session()
            .account()
            .username()
            .value(),
        "and the refusal ends by itself");
  }

  @Test
  void one_address_cannot_spray_a_password_over_many_usernames() {
    clock.set(LocalDate.of(2026, 11, 24));
    String sprayer = "198.51.100.9";
    int refusedUnheard = 0;
    for (int i = 0; i < 30; i++) {
      String user = i == 25 ? "h-2" : "staff-" + i;
      StoredModeException e =
          assertThrows(
              StoredModeException.class,
              () -> accounts.signIn(org, Pseudonym.of(user), PASSWORD, sprayer),
              "the address is refused after " + SignInThrottle.PER_ADDRESS + " failures");
      assertEquals(StoredModeException.Kind.SIGN_IN_FAILED, e.kind());
      if (i >= SignInThrottle.PER_ADDRESS) {
        refusedUnheard++;
      }
    }
    assertEquals(30 - SignInThrottle.PER_ADDRESS, refusedUnheard);
    assertEquals(
        "h-2",
        accounts
            .signIn(org, Pseudonym.of("h-2"), PASSWORD, HOME)
            .session()
            .account()
            .username()
            .value(),
        "h-2's right password was refused from the sprayer's address only");
  }

  @Test
  void an_admin_lifts_the_lock_at_once_and_the_audit_trail_says_so() {
    clock.set(LocalDate.of(2026, 11, 25));
    for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
      assertThrows(
          StoredModeException.class,
          () -> accounts.signIn(org, Pseudonym.of("h-3"), "inte mitt lösenord", HOME));
    }
    assertThrows(
        StoredModeException.class, () -> accounts.signIn(org, Pseudonym.of("h-3"), PASSWORD, HOME));
    assertEquals(
        SignInThrottle.PER_ACCOUNT_AND_ADDRESS + 1,
        accounts.unlock(admin, org, Pseudonym.of("h-3")));
    assertEquals(
        "h-3",
        accounts
            .signIn(org, Pseudonym.of("h-3"), PASSWORD, HOME)
            .session()
            .account()
            .username()
            .value());
    assertThrows(
        StoredModeException.class, () -> accounts.unlock(admin, org, Pseudonym.of("nobody")));
  }

  @Test
  void a_failed_sign_in_keeps_nothing_as_it_was_typed() throws Exception {
    clock.set(LocalDate.of(2026, 11, 26));
    assertThrows(
        StoredModeException.class,
        () -> accounts.signIn(org, Pseudonym.of("someone-typed-this"), PASSWORD, ATTACKER));
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM sign_in_failures WHERE"
                    + " encode(username_hash, 'escape') LIKE '%someone%'"
                    + " OR encode(address_hash, 'escape') LIKE '%203.0.113%'")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "only hashes of the username and the address are kept");
    }
  }
}
