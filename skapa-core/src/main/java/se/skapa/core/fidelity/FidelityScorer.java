package se.skapa.core.fidelity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/** Validates and scores fidelity reviews against a scale. Immutable and thread-safe. */
public final class FidelityScorer {

  /** The IPS fidelity scale dates from the 1990s; earlier dates are typing errors. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private final Clock clock;

  private FidelityScorer(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param clock "today" for the future-date rule; not null
   * @return the scorer
   */
  public static FidelityScorer withClock(Clock clock) {
    return new FidelityScorer(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Scores a review. Rules: {@code item-count} (exactly 14 items: see below), {@code unknown-item},
   * {@code duplicate}, {@code range} (integer within the scale's item range), {@code future-date},
   * {@code length} and {@code personnummer} (note, see {@link FreeText}).
   *
   * <p>Fourteen scores are refused outright: a Swedish report describes the review as "14 areas
   * scored 1–5" while using the 25-item scale's 125-point bands. Fourteen is the size of the
   * Services section; fourteen items can total at most 70 and could never reach those bands.
   *
   * @throws ValidationException listing every violation, pointing at {@code /items/<index>/...}
   * @param scale the scale; not null
   * @param review the review; not null
   * @return the scored review, a draft when items are missing
   */
  public ReviewResult score(FidelityScale scale, Review review) {
    return score(scale, review, Optional.empty());
  }

  /**
   * Scores a review whose reviewers said what it is: a {@code DRAFT} may leave any items out
   * (fourteen included) and is never refused for it; a {@code FINAL} review scores every item (rule
   * {@code incomplete}). Unsaid, fourteen items are refused as {@link #score(FidelityScale,
   * Review)} explains, with the way out named.
   *
   * @param status DRAFT, FINAL, or empty when not said; not null
   * @throws ValidationException listing every violation
   * @param scale the scale; not null
   * @param review the review; not null
   * @return the scored review
   */
  public ReviewResult score(FidelityScale scale, Review review, Optional<ReviewStatus> status) {
    validate(scale, review, status);
    ItemScore[] byNumber = new ItemScore[scale.items().size() + 1];
    review.items().forEach(i -> byNumber[i.number()] = i);
    List<Integer> missing = new ArrayList<>();
    List<ItemResult> scored = new ArrayList<>(scale.items().size());
    for (FidelityItem item : scale.items()) {
      ItemScore s = byNumber[item.number()];
      if (s == null) {
        missing.add(item.number());
      } else {
        scored.add(new ItemResult(item.number(), item.section(), item.name(), s.score(), s.note()));
      }
    }
    int sum = scored.stream().mapToInt(ItemResult::score).sum();
    boolean complete = missing.isEmpty();
    List<SectionResult> sections = new ArrayList<>();
    for (FidelitySection section : scale.sections()) {
      int size = scale.itemsIn(section.code()).size();
      int subtotal = 0;
      int count = 0;
      for (ItemResult i : scored) {
        if (i.section().equals(section.code())) {
          subtotal += i.score();
          count++;
        }
      }
      sections.add(
          new SectionResult(
              section.code(),
              section.name(),
              subtotal,
              size * scale.itemMax(),
              count,
              size,
              count == 0 ? 0 : subtotal / (double) count,
              count == size));
    }
    List<ItemResult> development =
        scored.stream()
            .filter(i -> i.score() <= scale.developmentAreaAtOrBelow())
            .sorted(Comparator.comparingInt(ItemResult::score).thenComparingInt(ItemResult::number))
            .toList();
    List<ItemResult> strengths = scored.stream().filter(i -> i.score() == scale.itemMax()).toList();
    return new ReviewResult(
        scale.id(),
        review.service(),
        review.date(),
        review.reviewers(),
        complete,
        missing,
        complete ? OptionalInt.of(sum) : OptionalInt.empty(),
        sum,
        scale.maximumTotal(),
        complete ? Optional.of(scale.band(sum)) : Optional.empty(),
        sections,
        development,
        strengths,
        scored);
  }

  private void validate(FidelityScale scale, Review review, Optional<ReviewStatus> status) {
    Violations v = new Violations();
    if (status.isEmpty() && review.items().size() == 14 && scale.items().size() == 25) {
      v.add(
          "/items",
          "item-count",
          "14 item scores were given, but the IPS fidelity scale has 25 items "
              + "(Staffing 3, Organization 8, Services 14); its bands (up to 125 points) need all 25. "
              + "Fourteen is the size of the Services section: score every item, or send \"status\": \"draft\" to save a draft.");
    }
    if (status.equals(Optional.of(ReviewStatus.FINAL))
        && review.items().size() < scale.items().size()) {
      v.add(
          "/status",
          "incomplete",
          "a final review scores every item; "
              + (scale.items().size() - review.items().size())
              + " are missing (send \"status\": \"draft\" to save it unfinished)");
    }
    LocalDate today = LocalDate.now(clock);
    v.check(
        !review.date().isAfter(today),
        "/date",
        "future-date",
        "review date " + review.date() + " is after today (" + today + ")");
    v.check(
        !review.date().isBefore(EARLIEST),
        "/date",
        "date-range",
        "review date "
            + review.date()
            + " is before "
            + EARLIEST
            + ", before IPS fidelity reviews existed");
    // Item numbers are 1..n: an array marks which are taken. Pointers are built only for
    // violations.
    int[] firstAt = new int[scale.items().size() + 1];
    for (int i = 0; i < review.items().size(); i++) {
      ItemScore s = review.items().get(i);
      if (s.number() < 1 || s.number() > scale.items().size()) {
        v.add(
            Pointer.at("/items", i) + "/number",
            "unknown-item",
            "item "
                + s.number()
                + " is not on scale "
                + scale.id()
                + " (items 1-"
                + scale.items().size()
                + ")");
      } else if (firstAt[s.number()] != 0) {
        v.add(
            Pointer.at("/items", i) + "/number",
            "duplicate",
            "item "
                + s.number()
                + " is scored twice (also at /items/"
                + (firstAt[s.number()] - 1)
                + ")");
      } else {
        firstAt[s.number()] = i + 1;
      }
      if (s.score() < scale.itemMin() || s.score() > scale.itemMax()) {
        v.add(
            Pointer.at("/items", i) + "/score",
            "range",
            "item "
                + s.number()
                + " score "
                + s.score()
                + " is outside "
                + scale.itemMin()
                + "-"
                + scale.itemMax());
      }
      int index = i;
      FreeText.check(v, () -> Pointer.at("/items", index) + "/note", "note", s.note());
    }
    v.throwIfAny();
  }
}
