package se.skapa.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects violations while a whole input is checked, then fails once with all of them. Mutable and
 * meant for one validation pass on one thread.
 */
public final class Violations {

  private final List<Violation> found = new ArrayList<>();

  /** An empty collection, for one validation pass. */
  public Violations() {
    // Nothing found yet.
  }

  /**
   * Records a violation when {@code ok} is false; returns {@code ok}.
   *
   * @param ok whether the rule holds
   * @param pointer JSON pointer to the field in the caller's input; not null
   * @param rule the rule's stable code (e.g. {@code range}); not null
   * @param message what is wrong, in English, naming the value; not null
   * @return {@code ok}
   */
  public boolean check(boolean ok, String pointer, String rule, String message) {
    if (!ok) {
      found.add(new Violation(pointer, rule, message));
    }
    return ok;
  }

  /**
   * Records a violation unconditionally.
   *
   * @param pointer JSON pointer to the field in the caller's input; not null
   * @param rule the rule's stable code; not null
   * @param message what is wrong, in English; not null
   */
  public void add(String pointer, String rule, String message) {
    found.add(new Violation(pointer, rule, message));
  }

  /**
   * Runs a factory that may throw {@link ValidationException}; its violations are recorded below
   * {@code prefix} and {@code null} is returned, so that checking can go on.
   *
   * @param <T> what the factory builds
   * @param prefix the pointer of the part being built, put before each violation's own pointer; not
   *     null
   * @param factory builds the part, or throws {@link ValidationException}; not null
   * @return what the factory built, or null when it refused
   */
  public <T> @Nullable T attempt(String prefix, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      e.violations().forEach(v -> found.add(v.under(prefix)));
      return null;
    }
  }

  /**
   * What {@link #attempt} built, read once {@link #throwIfAny()} has passed: every attempt then
   * succeeded, so the value is there.
   *
   * @param <T> what was built
   * @param value what {@link #attempt} returned
   * @return the value
   * @throws IllegalStateException if it is null, i.e. read before {@link #throwIfAny()}
   */
  public static <T> T built(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a refused value was read before throwIfAny()");
    }
    return value;
  }

  /** {@return true if nothing was recorded} */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * What was found so far, in the order found.
   *
   * @return an unmodifiable copy; empty when nothing was found
   */
  public List<Violation> found() {
    return List.copyOf(found);
  }

  /**
   * @throws ValidationException listing every recorded violation, if there is any
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
