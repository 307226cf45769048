package se.skapa.core.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input broke one or more domain rules. Carries every violation found, not just the first, so that
 * a caller can correct its input in one round trip.
 */
public final class ValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * @param violations at least one violation
   * @throws IllegalArgumentException if the list is empty
   */
  public ValidationException(List<Violation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * A single violation.
   *
   * @param pointer JSON pointer to the value; "" for the whole input
   * @param rule the rule's code
   * @param message the sentence in English
   * @return an exception holding that one violation
   */
  public static ValidationException of(String pointer, String rule, String message) {
    return new ValidationException(List.of(new Violation(pointer, rule, message)));
  }

  /**
   * Every violation, in the order found.
   *
   * @return an unmodifiable list of at least one violation
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The same violations located below {@code prefix}.
   *
   * @param prefix a JSON pointer; not null
   * @return a new exception; this one is unchanged
   */
  public ValidationException under(String prefix) {
    return new ValidationException(violations.stream().map(v -> v.under(prefix)).toList());
  }

  private static String summary(List<Violation> violations) {
    return violations.stream()
        .map(
            v ->
                (v.pointer().isEmpty() ? "" : v.pointer() + ": ")
                    + v.message()
                    + " ["
                    + v.rule()
                    + "]")
        .collect(Collectors.joining("; "));
  }
}
