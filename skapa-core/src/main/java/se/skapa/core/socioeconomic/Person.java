package se.skapa.core.socioeconomic;

import java.util.List;
import java.util.Objects;

/**
 * One person's support before and situation after. No identity: people are rows, not names.
 *
 * @param before the benefits paid before, per month
 * @param after where the person is after the service
 */
public record Person(List<BenefitBefore> before, After after) {

  /**
   * Copies the benefits.
   *
   * @param before the benefits before
   * @param after the situation after
   */
  public Person {
    before = List.copyOf(before);
    Objects.requireNonNull(after, "after");
  }
}
