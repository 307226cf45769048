package se.skapa.rest.fidelity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.ItemResult;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.fidelity.SectionResult;

/**
 * A scored review as JSON. Typed records rather than maps: Jackson resolves their serializers once,
 * which matters on the route that is benchmarked against a trivial one. The item scores the caller
 * sent are not echoed back (they were a quarter of the answer); the items that matter for a report,
 * strengths and development areas, are listed with their names.
 *
 * @param band absent for a draft
 */
public record ReviewResponse(
    String scale,
    String service,
    LocalDate date,
    List<String> reviewers,
    boolean complete,
    List<Integer> missingItems,
    @Nullable Integer total,
    int scoredSum,
    int maximum,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Band band,
    List<Section> sections,
    List<Item> developmentAreas,
    List<Item> strengths) {

  /** The band of a complete review. */
  public record Band(String code, String label, int min, int max) {}

  /** A section subtotal. */
  public record Section(
      String code,
      String name,
      int score,
      int maximum,
      int scored,
      int items,
      double mean,
      boolean complete) {}

  /**
   * A named item, as listed among strengths and development areas; the note only when one was
   * given.
   */
  public record Item(
      int number,
      String section,
      String name,
      int score,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {}

  public static ReviewResponse of(ReviewResult r, Language lang) {
    return new ReviewResponse(
        r.scaleId(),
        r.service().value(),
        r.date(),
        r.reviewers().stream().map(Pseudonym::value).toList(),
        r.complete(),
        r.missingItems(),
        r.total().isPresent() ? r.total().getAsInt() : null,
        r.scoredSum(),
        r.maximum(),
        r.band().map(b -> new Band(b.code(), b.label().in(lang), b.min(), b.max())).orElse(null),
        r.sections().stream().map(s -> section(s, lang)).toList(),
        r.developmentAreas().stream().map(i -> item(i, lang)).toList(),
        r.strengths().stream().map(i -> item(i, lang)).toList());
  }

  private static Section section(SectionResult s, Language lang) {
    return new Section(
        s.code(),
        s.name().in(lang),
        s.score(),
        s.maximum(),
        s.scored(),
        s.items(),
        s.mean(),
        s.complete());
  }

  private static Item item(ItemResult i, Language lang) {
    return new Item(i.number(), i.section(), i.name().in(lang), i.score(), i.note().orElse(null));
  }
}
