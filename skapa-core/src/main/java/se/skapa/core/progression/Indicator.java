package se.skapa.core.progression;

import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;

/**
 * One indicator of an instrument.
 *
 * @param key      stable key, lower-case letters, digits and hyphens, e.g. {@code job-belief}
 * @param labels   short sv/en labels (shown on chart axes)
 * @param scale    the answer scale
 * @param ratedBy  which respondent rates it
 * @param bipGroup the BIP intervention group it relates to, if any
 * @param question the question text, only when supplied by a licensee; SKAPA ships none
 */
public record Indicator(String key, LocalizedText labels, Scale scale, RatedBy ratedBy,
                        Optional<BipGroup> bipGroup, Optional<LocalizedText> question) {


    /** @throws ValidationException if the key is malformed; NullPointerException on null parts */
    public Indicator {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(ratedBy, "ratedBy");
        Objects.requireNonNull(bipGroup, "bipGroup");
        Objects.requireNonNull(question, "question");
        if (!se.skapa.core.common.Slug.valid(key)) {
            throw ValidationException.of("/key", "format",
                    "indicator key '" + key + "' must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
    }

    public static Indicator of(String key, LocalizedText labels, Scale scale, RatedBy ratedBy) {
        return new Indicator(key, labels, scale, ratedBy, Optional.empty(), Optional.empty());
    }

    public Indicator withBipGroup(BipGroup group) {
        return new Indicator(key, labels, scale, ratedBy, Optional.of(group), question);
    }

    public Indicator withQuestion(LocalizedText text) {
        return new Indicator(key, labels, scale, ratedBy, bipGroup, Optional.of(text));
    }
}
