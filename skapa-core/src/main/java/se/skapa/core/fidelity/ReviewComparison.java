package se.skapa.core.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Reviews of one service over time, ordered by date whatever the input order.
 *
 * @param reviews each review's result, oldest first
 * @param steps the change from each review to the next
 * @param overall the change from the first review to the latest
 */
public record ReviewComparison(
    List<ReviewResult> reviews, List<ReviewStep> steps, ReviewStep overall) {

  /**
   * Copies the lists.
   *
   * @param reviews the results, oldest first
   * @param steps review to review
   * @param overall first to latest
   */
  public ReviewComparison {
    reviews = List.copyOf(reviews);
    steps = List.copyOf(steps);
  }

  /**
   * Scores and compares reviews.
   *
   * @throws ValidationException if fewer than two reviews are given ({@code min-reviews}), they
   *     concern more than one service ({@code single-service}), or a review breaks a scoring rule
   *     (pointing at {@code /reviews/<index>/...})
   * @param scorer scores each review; not null
   * @param scale the scale; not null
   * @param reviews two or more reviews of one service, any order; not null
   * @return the comparison
   */
  public static ReviewComparison of(
      FidelityScorer scorer, FidelityScale scale, List<Review> reviews) {
    Violations v = new Violations();
    v.check(
        reviews.size() >= 2,
        "/reviews",
        "min-reviews",
        "a comparison needs at least two reviews, got " + reviews.size());
    List<ReviewResult> results = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      Review r = reviews.get(i);
      v.check(
          r.service().equals(reviews.get(0).service()),
          Pointer.at("/reviews", i) + "/service",
          "single-service",
          "all reviews must be of one service ("
              + reviews.get(0).service()
              + "), this one is of "
              + r.service());
      ReviewResult result = v.attempt(Pointer.at("/reviews", i), () -> scorer.score(scale, r));
      if (result != null) {
        results.add(result);
      }
    }
    v.throwIfAny();
    results.sort(Comparator.comparing(ReviewResult::date));
    List<ReviewStep> steps = new ArrayList<>();
    for (int i = 1; i < results.size(); i++) {
      steps.add(step(results.get(i - 1), results.get(i)));
    }
    return new ReviewComparison(
        results, steps, step(results.get(0), results.get(results.size() - 1)));
  }

  static ReviewStep step(ReviewResult a, ReviewResult b) {
    List<ItemChange> items = new ArrayList<>();
    for (ItemResult ia : a.items()) {
      OptionalInt sb = b.score(ia.number());
      if (sb.isPresent()) {
        items.add(
            new ItemChange(ia.number(), ia.score(), sb.getAsInt(), sb.getAsInt() - ia.score()));
      }
    }
    List<SectionChange> sections = new ArrayList<>();
    for (SectionResult sa : a.sections()) {
      b.sections().stream()
          .filter(sb -> sb.code().equals(sa.code()) && sb.complete() && sa.complete())
          .findFirst()
          .ifPresent(
              sb ->
                  sections.add(
                      new SectionChange(
                          sa.code(), sa.score(), sb.score(), sb.score() - sa.score())));
    }
    OptionalInt total =
        a.total().isPresent() && b.total().isPresent()
            ? OptionalInt.of(b.total().getAsInt() - a.total().getAsInt())
            : OptionalInt.empty();
    return new ReviewStep(
        a.date(),
        b.date(),
        items,
        sections,
        total,
        a.band(),
        b.band(),
        items.stream().filter(c -> c.change() < 0).toList(),
        items.stream().filter(c -> c.change() > 0).toList());
  }
}
