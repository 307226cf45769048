package se.skapa.app;

import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * The id of an organisation (a kommun's AME, an IFO unit, a förbund), chosen by the operator, e.g.
 * {@code ame-boden}. Same characters as a pseudonymous key, so it is safe in a URL.
 *
 * @param value 1–64 letters (å, ä, ö included), digits and {@code . _ : -}
 */
public record OrganisationId(String value) {

  /**
   * @throws se.skapa.core.common.ValidationException with rule {@code required} or {@code format}
   * @param value the id; not null
   */
  public OrganisationId {
    Objects.requireNonNull(Pseudonym.of(value));
  }

  /**
   * @param value 1–64 letters (å, ä, ö included), digits and {@code . _ : -}; never a personnummer
   * @return the id
   * @throws se.skapa.core.common.ValidationException with rule {@code required}, {@code format} or
   *     {@code personnummer}
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
