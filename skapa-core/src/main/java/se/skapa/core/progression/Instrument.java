package se.skapa.core.progression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * A measuring instrument: ordered indicators with their scales. Built only through {@link
 * #builder(String, int)}, which rejects empty instruments and duplicate keys.
 */
public final class Instrument {

  private final String id;
  private final int version;
  private final LocalizedText names;
  private final List<Indicator> indicators;
  private final Map<String, Indicator> byKey;
  private final List<String> sources;
  private final Optional<LocalizedText> note;

  private Instrument(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.names = java.util.Objects.requireNonNull(b.names, "names");
    this.indicators = List.copyOf(b.indicators);
    Map<String, Indicator> map = new LinkedHashMap<>();
    indicators.forEach(i -> map.put(i.key(), i));
    this.byKey = map;
    this.sources = List.copyOf(b.sources);
    this.note = Optional.ofNullable(b.note);
  }

  /**
   * Starts an instrument definition. Validation happens in {@link Builder#build()}.
   *
   * @param id the instrument's id, 1–64 of {@code a–z 0–9 -}
   * @param version its version, from 1
   * @return a builder; nothing is checked until {@link Builder#build()}
   */
  public static Builder builder(String id, int version) {
    return new Builder(id, version);
  }

  /** {@return the instrument's id} */
  public String id() {
    return id;
  }

  /** {@return the instrument's version, from 1} */
  public int version() {
    return version;
  }

  /** {@return the instrument's name in Swedish and English} */
  public LocalizedText names() {
    return names;
  }

  /**
   * Indicators in their defined order.
   *
   * @return an unmodifiable list
   */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * Indicators a respondent rates, in their defined order.
   *
   * @param respondent who rates; not null
   * @return the indicators that respondent rates, in the instrument's order
   */
  public List<Indicator> indicatorsFor(Respondent respondent) {
    return indicators.stream().filter(i -> i.ratedBy().allows(respondent)).toList();
  }

  /**
   * @param key an indicator's key
   * @return the indicator with that key; empty if the instrument has none
   */
  public Optional<Indicator> indicator(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The indicator, or null: for the validation loop that runs once per answer. */
  @Nullable Indicator indicatorOrNull(String key) {
    return byKey.get(key);
  }

  /**
   * Where the definition comes from.
   *
   * @return where the definition comes from, possibly empty
   */
  public List<String> sources() {
    return sources;
  }

  /**
   * A caveat shown with the instrument, e.g. that it is a reconstruction.
   *
   * @return the note, if any
   */
  public Optional<LocalizedText> note() {
    return note;
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final int version;
    private @Nullable LocalizedText names;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private @Nullable LocalizedText note;

    private Builder(String id, int version) {
      this.id = id;
      this.version = version;
    }

    /**
     * @param names the instrument's name in Swedish and English
     * @return this builder
     */
    public Builder names(LocalizedText names) {
      this.names = names;
      return this;
    }

    /**
     * @param indicator the next indicator, in the order asked
     * @return this builder
     */
    public Builder indicator(Indicator indicator) {
      indicators.add(indicator);
      return this;
    }

    /**
     * @param source where the definition comes from, e.g. a publication
     * @return this builder
     */
    public Builder source(String source) {
      sources.add(source);
      return this;
    }

    /**
     * @param note a note on the instrument, e.g. its licence
     * @return this builder
     */
    public Builder note(@Nullable LocalizedText note) {
      this.note = note;
      return this;
    }

    /**
     * @throws ValidationException naming every problem: malformed id, version below 1, missing
     *     names, no indicators, duplicate indicator keys
     * @return the instrument
     */
    public Instrument build() {
      Violations v = new Violations();
      v.check(
          se.skapa.core.common.Slug.valid(id),
          "/id",
          "format",
          "instrument id '" + id + "' must be 1-64 lower-case letters, digits or hyphens");
      v.check(
          version >= 1,
          "/version",
          "range",
          "instrument version must be 1 or more, got " + version);
      v.check(names != null, "/names", "required", "instrument names (sv and en) are required");
      v.check(
          !indicators.isEmpty(),
          "/indicators",
          "non-empty",
          "an instrument needs at least one indicator");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < indicators.size(); i++) {
        String key = indicators.get(i).key();
        v.check(
            seen.add(key),
            "/indicators/" + i + "/key",
            "unique",
            "indicator key '" + key + "' is defined more than once");
      }
      v.throwIfAny();
      return new Instrument(this);
    }
  }
}
