package se.skapa.app;

import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * The id of a service (verksamhet, insats) within one organisation, e.g. {@code steget-fram}.
 *
 * @param value 1–64 letters (å, ä, ö included), digits and {@code . _ : -}
 */
public record ServiceId(String value) {

  /**
   * @throws se.skapa.core.common.ValidationException with rule {@code required} or {@code format}
   * @param value the id; not null
   */
  public ServiceId {
    Objects.requireNonNull(Pseudonym.of(value));
  }

  /**
   * @param value 1–64 letters (å, ä, ö included), digits and {@code . _ : -}; never a personnummer
   * @return the id
   * @throws se.skapa.core.common.ValidationException with rule {@code required}, {@code format} or
   *     {@code personnummer}
   */
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
