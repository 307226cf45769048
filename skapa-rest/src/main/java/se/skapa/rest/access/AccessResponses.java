package se.skapa.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Role;
import se.skapa.app.access.ApiKey;
import se.skapa.app.access.IssuedKey;
import se.skapa.app.access.Service;
import se.skapa.app.access.UserAccount;

/** What the access routes answer, as typed records: the contract's schemas, field for field. */
final class AccessResponses {

  private AccessResponses() {}

  private static List<String> codes(Set<Role> roles) {
    return roles.stream().map(Role::code).sorted().toList();
  }

  /** A key as listed: never its secret. */
  record Key(
      String id,
      String holder,
      List<String> roles,
      Instant created,
      @Nullable Instant revoked,
      @Nullable Instant lastUsed,
      @Nullable List<String> services) {
    static Key of(ApiKey k) {
      return new Key(
          k.id().toString(),
          k.holder().value(),
          codes(k.roles()),
          k.created(),
          k.revoked().orElse(null),
          k.lastUsed().orElse(null),
          serviceIds(k.services()));
    }
  }

  /** A key just issued: the one time its secret is shown. */
  record Issued(
      String id,
      String holder,
      List<String> roles,
      Instant created,
      @Nullable Instant revoked,
      @Nullable Instant lastUsed,
      @Nullable List<String> services,
      String key) {
    static Issued of(IssuedKey k) {
      Key key = Key.of(k.key());
      return new Issued(
          key.id(),
          key.holder(),
          key.roles(),
          key.created(),
          key.revoked(),
          key.lastUsed(),
          key.services(),
          k.secret());
    }
  }

  /** A staff account for the pages. */
  record User(
      String id,
      String username,
      List<String> roles,
      Instant created,
      @Nullable List<String> services) {
    static User of(UserAccount a) {
      return new User(
          a.id().toString(),
          a.username().value(),
          codes(a.roles()),
          a.created(),
          serviceIds(a.services()));
    }
  }

  /** The services a key or account is limited to, sorted; null for every service. */
  static @Nullable List<String> serviceIds(
      java.util.Optional<java.util.Set<se.skapa.app.ServiceId>> services) {
    return services
        .map(s -> s.stream().map(se.skapa.app.ServiceId::value).sorted().toList())
        .orElse(null);
  }

  /** A service of the organisation. */
  record ServiceView(String id, String name, Instant created) {
    static ServiceView of(Service s) {
      return new ServiceView(s.id().value(), s.name(), s.created());
    }
  }

  /** A new organisation with its admin key, and its admin account when a password was sent. */
  record CreatedOrganisation(
      String id,
      String name,
      Instant created,
      Issued adminKey,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable User adminAccount) {}

  /** The organisation's keys. */
  record Keys(List<Key> keys) {}

  /** The organisation's accounts. */
  record Users(List<User> users) {}

  /** The organisation's services. */
  record Services(List<ServiceView> services) {}

  /**
   * An account's sign-in lock lifted.
   *
   * @param username the account
   * @param forgottenFailures the failed sign-ins forgotten, from every address
   */
  public record Unlocked(String username, int forgottenFailures) {}
}
