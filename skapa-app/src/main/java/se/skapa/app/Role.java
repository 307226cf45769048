package se.skapa.app;

import java.util.Arrays;
import java.util.Locale;
import se.skapa.core.common.ValidationException;

/** What the holder of a key may do within its organisation. */
public enum Role {
  /** Services, keys, erasure, the audit trail. */
  ADMIN,
  /** Record and read measurements, one person's series included. */
  HANDLEDARE,
  /** Aggregated reports only, never one person's series. */
  ANALYST;

  /**
   * The name used in the API: {@code admin}, {@code handledare}, {@code analyst}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws ValidationException rule {@code role} naming the known roles
   * @param code {@code admin}, {@code handledare} or {@code analyst}
   * @return the role
   */
  public static Role of(String code) {
    for (Role r : values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw ValidationException.of(
        "",
        "role",
        "unknown role '"
            + Ids.shorten(code)
            + "'; the roles are "
            + Arrays.stream(values()).map(Role::code).toList());
  }
}
