package se.skapa.core.common;

import java.util.Objects;

/**
 * One broken rule in one place of the input.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending value, e.g. {@code /items/3/score}; empty
 *     string for the input as a whole
 * @param rule a short, stable rule code such as {@code range} or {@code personnummer}
 * @param message a sentence in English that names the field and the rule
 */
public record Violation(String pointer, String rule, String message) {

  /**
   * @throws NullPointerException if any component is null
   * @param pointer JSON pointer to the value; "" for the whole input
   * @param rule the rule's code
   * @param message the sentence in English
   */
  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The same violation, located below {@code prefix} (a pointer such as {@code /measurements/2}).
   *
   * @param prefix a JSON pointer; not null
   * @return a violation whose pointer is {@code prefix} followed by this one's
   */
  public Violation under(String prefix) {
    return new Violation(prefix + pointer, rule, message);
  }
}
