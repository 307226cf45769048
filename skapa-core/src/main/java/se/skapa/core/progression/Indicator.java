package se.skapa.core.progression;

import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;

/**
 * One indicator of an instrument.
 *
 * @param key stable key, lower-case letters, digits and hyphens, e.g. {@code job-belief}
 * @param labels short sv/en labels (shown on chart axes)
 * @param scale the answer scale
 * @param ratedBy which respondent rates it
 * @param bipGroup the BIP intervention group it relates to, if any: the instrument's own mapping
 *     (BIP's groups classify interventions, not indicators, and BIP published no such mapping)
 * @param question the question text, only when supplied by a licensee; SKAPA ships none
 */
public record Indicator(
    String key,
    LocalizedText labels,
    Scale scale,
    RatedBy ratedBy,
    Optional<BipGroup> bipGroup,
    Optional<LocalizedText> question) {

  /**
   * @throws ValidationException if the key is malformed; NullPointerException on null parts
   * @param key the key
   * @param labels the labels; not null
   * @param scale the scale; not null
   * @param ratedBy who rates it; not null
   * @param bipGroup the BIP group; not null, may be empty
   * @param question the question; not null, may be empty
   */
  public Indicator {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(ratedBy, "ratedBy");
    Objects.requireNonNull(bipGroup, "bipGroup");
    Objects.requireNonNull(question, "question");
    if (!se.skapa.core.common.Slug.valid(key)) {
      throw ValidationException.of(
          "/key",
          "format",
          "indicator key '"
              + key
              + "' must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit");
    }
  }

  /**
   * An indicator without BIP group or question text.
   *
   * @param key the key, 1–64 of {@code a–z 0–9 -}
   * @param labels short labels in Swedish and English; not null
   * @param scale the answer scale; not null
   * @param ratedBy who rates it; not null
   * @return the indicator
   * @throws ValidationException if the key is malformed
   */
  public static Indicator of(String key, LocalizedText labels, Scale scale, RatedBy ratedBy) {
    return new Indicator(key, labels, scale, ratedBy, Optional.empty(), Optional.empty());
  }

  /**
   * @param group the BIP intervention group it relates to; not null
   * @return this indicator with that group
   */
  public Indicator withBipGroup(BipGroup group) {
    return new Indicator(key, labels, scale, ratedBy, Optional.of(group), question);
  }

  /**
   * @param text the question as asked, from a licensed definition; not null
   * @return this indicator with that question
   */
  public Indicator withQuestion(LocalizedText text) {
    return new Indicator(key, labels, scale, ratedBy, bipGroup, Optional.of(text));
  }
}
