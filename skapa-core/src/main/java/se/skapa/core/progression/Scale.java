package se.skapa.core.progression;

import java.util.List;
import java.util.Optional;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * An integer answer scale, {@code min..max} inclusive, optionally with one anchor label per step.
 * Indicators on different scales are compared on 0–100 % of their own scale.
 */
public final class Scale {

  private final int min;
  private final int max;
  private final List<LocalizedText> anchors;

  private Scale(int min, int max, List<LocalizedText> anchors) {
    this.min = min;
    this.max = max;
    this.anchors = anchors;
  }

  /**
   * @param anchors empty, or exactly one label per step from min to max
   * @throws ValidationException if {@code min >= max}, the scale has more than 100 steps, or the
   *     anchors do not match the steps
   * @param min the lowest score, inclusive
   * @param max the highest score, inclusive
   * @return the scale
   */
  public static Scale of(int min, int max, List<LocalizedText> anchors) {
    Violations v = new Violations();
    if (v.check(
        min < max,
        "/max",
        "scale",
        "scale max (" + max + ") must be greater than min (" + min + ")")) {
      v.check((long) max - min <= 100, "/max", "scale", "a scale has at most 101 steps");
    }
    List<LocalizedText> copy = anchors == null ? List.of() : List.copyOf(anchors);
    if (v.isEmpty() && !copy.isEmpty()) {
      v.check(
          copy.size() == max - min + 1,
          "/anchors",
          "scale",
          "a scale "
              + min
              + "-"
              + max
              + " needs "
              + (max - min + 1)
              + " anchor labels or none, got "
              + copy.size());
    }
    v.throwIfAny();
    return new Scale(min, max, copy);
  }

  /**
   * A scale without anchor labels.
   *
   * @param min the lowest score, inclusive
   * @param max the highest score, inclusive
   * @return the scale
   * @throws ValidationException as {@link #of(int, int, List)}
   */
  public static Scale of(int min, int max) {
    return of(min, max, List.of());
  }

  /** {@return the lowest score, inclusive} */
  public int min() {
    return min;
  }

  /** {@return the highest score, inclusive} */
  public int max() {
    return max;
  }

  /**
   * max − min: the size of the range a change is measured against.
   *
   * @return max − min, at least 1
   */
  public int range() {
    return max - min;
  }

  /** {@return one label per step from min to max, or none} */
  public List<LocalizedText> anchors() {
    return anchors;
  }

  /**
   * The anchor label of a score, if the scale has anchors.
   *
   * @param score a score
   * @return its label; empty without anchors or outside the scale
   */
  public Optional<LocalizedText> anchor(int score) {
    return anchors.isEmpty() || !contains(score)
        ? Optional.empty()
        : Optional.of(anchors.get(score - min));
  }

  /**
   * @param score a score
   * @return true if it lies within min–max
   */
  public boolean contains(int score) {
    return score >= min && score <= max;
  }

  /**
   * A score as a share 0.0–1.0 of this scale: (score − min) ÷ (max − min).
   *
   * @param score a score, possibly a mean
   * @return its share of the range; outside 0–1 for a score outside the scale
   */
  public double share(double score) {
    return (score - min) / (double) (max - min);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale s && s.min == min && s.max == max && s.anchors.equals(anchors);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * min + max) + anchors.hashCode();
  }

  @Override
  public String toString() {
    return min + "-" + max;
  }
}
