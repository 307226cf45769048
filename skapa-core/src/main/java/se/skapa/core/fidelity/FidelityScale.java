package se.skapa.core.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * A fidelity scale as data: sections, items scored {@code itemMin..itemMax}, and bands that cover
 * every possible total exactly once. Built only through {@link #builder(String, int)}.
 */
public final class FidelityScale {

  private final String id;
  private final int version;
  private final LocalizedText names;
  private final int itemMin;
  private final int itemMax;
  private final int developmentAreaAtOrBelow;
  private final List<FidelitySection> sections;
  private final List<FidelityItem> items;
  private final List<ScoreBand> bands;
  private final java.util.Map<String, List<FidelityItem>> bySection;

  private FidelityScale(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.names = java.util.Objects.requireNonNull(b.names, "names");
    this.itemMin = b.itemMin;
    this.itemMax = b.itemMax;
    this.developmentAreaAtOrBelow = b.developmentAreaAtOrBelow;
    this.sections = List.copyOf(b.sections);
    List<FidelityItem> sorted = new ArrayList<>(b.items);
    sorted.sort(Comparator.comparingInt(FidelityItem::number));
    this.items = List.copyOf(sorted);
    java.util.Map<String, List<FidelityItem>> grouped = new java.util.LinkedHashMap<>();
    items.forEach(i -> grouped.computeIfAbsent(i.section(), k -> new ArrayList<>()).add(i));
    grouped.replaceAll((k, list) -> List.copyOf(list));
    this.bySection = java.util.Map.copyOf(grouped);
    List<ScoreBand> bandsSorted = new ArrayList<>(b.bands);
    bandsSorted.sort(Comparator.comparingInt(ScoreBand::min));
    this.bands = List.copyOf(bandsSorted);
  }

  /**
   * Starts a scale definition. Validation happens in {@link Builder#build()}.
   *
   * @param id the scale's id, e.g. {@code ips-25}
   * @param version its version, from 1
   * @return a builder
   */
  public static Builder builder(String id, int version) {
    return new Builder(id, version);
  }

  /** {@return the scale's id} */
  public String id() {
    return id;
  }

  /** {@return the scale's version, from 1} */
  public int version() {
    return version;
  }

  /** {@return the scale's name in Swedish and English} */
  public LocalizedText names() {
    return names;
  }

  /** {@return the lowest item score (1 on ips-25)} */
  public int itemMin() {
    return itemMin;
  }

  /** {@return the highest item score (5 on ips-25)} */
  public int itemMax() {
    return itemMax;
  }

  /**
   * Items scored at or below this are development areas (IPS-25: 3).
   *
   * @return the threshold score
   */
  public int developmentAreaAtOrBelow() {
    return developmentAreaAtOrBelow;
  }

  /** {@return the sections, in the scale's order} */
  public List<FidelitySection> sections() {
    return sections;
  }

  /**
   * Items ordered by number.
   *
   * @return an unmodifiable list
   */
  public List<FidelityItem> items() {
    return items;
  }

  /**
   * @param sectionCode a section's code, e.g. {@code STAFFING}
   * @return the section's items by number; empty for an unknown code
   */
  public List<FidelityItem> itemsIn(String sectionCode) {
    return bySection.getOrDefault(sectionCode, List.of());
  }

  /**
   * Bands ordered from the lowest totals up.
   *
   * @return an unmodifiable list
   */
  public List<ScoreBand> bands() {
    return bands;
  }

  /**
   * The item with this number; items are numbered 1..n, so this is an index lookup.
   *
   * @param number an item number
   * @return the item; empty outside 1..n
   */
  public Optional<FidelityItem> item(int number) {
    return number >= 1 && number <= items.size()
        ? Optional.of(items.get(number - 1))
        : Optional.empty();
  }

  /**
   * Lowest possible total: items × item minimum.
   *
   * @return the lowest total
   */
  public int minimumTotal() {
    return items.size() * itemMin;
  }

  /**
   * Highest possible total: items × item maximum.
   *
   * @return the highest total
   */
  public int maximumTotal() {
    return items.size() * itemMax;
  }

  /**
   * The band of a complete review's total.
   *
   * @throws IllegalArgumentException if the total is outside the scale's range
   * @param total a complete review's total
   * @return the band the total falls in
   */
  public ScoreBand band(int total) {
    for (ScoreBand b : bands) {
      if (b.contains(total)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "total " + total + " is outside " + minimumTotal() + "-" + maximumTotal());
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final int version;
    private @Nullable LocalizedText names;
    private int itemMin = 1;
    private int itemMax = 5;
    private int developmentAreaAtOrBelow = 3;
    private final List<FidelitySection> sections = new ArrayList<>();
    private final List<FidelityItem> items = new ArrayList<>();
    private final List<ScoreBand> bands = new ArrayList<>();

    private Builder(String id, int version) {
      this.id = id;
      this.version = version;
    }

    /**
     * @param names the scale's name in Swedish and English
     * @return this builder
     */
    public Builder names(LocalizedText names) {
      this.names = names;
      return this;
    }

    /**
     * @param min the lowest item score
     * @param max the highest item score
     * @return this builder
     */
    public Builder itemRange(int min, int max) {
      this.itemMin = min;
      this.itemMax = max;
      return this;
    }

    /**
     * Items scored at or below this are listed as development areas; 3 unless set.
     *
     * @param score the threshold score
     * @return this builder
     */
    public Builder developmentAreaAtOrBelow(int score) {
      this.developmentAreaAtOrBelow = score;
      return this;
    }

    /**
     * @param code a section's code, e.g. {@code STAFFING}
     * @param name its name in Swedish and English
     * @return this builder
     */
    public Builder section(String code, LocalizedText name) {
      sections.add(new FidelitySection(code, name));
      return this;
    }

    /**
     * @param number the item's number, 1..n in order
     * @param section its section's code
     * @param name its name in Swedish and English (the manual's anchor texts are not shipped)
     * @return this builder
     */
    public Builder item(int number, String section, LocalizedText name) {
      items.add(new FidelityItem(number, section, name));
      return this;
    }

    /**
     * @param code the band's code, e.g. {@code FAIR}
     * @param min its lowest total, inclusive
     * @param max its highest total, inclusive
     * @param label its name in Swedish and English
     * @return this builder
     */
    public Builder band(String code, int min, int max, LocalizedText label) {
      bands.add(new ScoreBand(code, min, max, label));
      return this;
    }

    /**
     * @throws ValidationException if there are no items, item numbers are not 1..n without repeats,
     *     an item names an unknown section, the item range is empty, or the bands leave a gap,
     *     overlap, or reach outside the possible totals
     * @return the scale
     */
    public FidelityScale build() {
      Violations v = new Violations();
      v.check(
          se.skapa.core.common.Slug.valid(id),
          "/id",
          "format",
          "scale id '" + id + "' must be " + se.skapa.core.common.Slug.FORM);
      v.check(version >= 1, "/version", "range", "scale version must be 1 or more");
      v.check(names != null, "/names", "required", "scale names are required");
      v.check(
          itemMin < itemMax,
          "/itemRange",
          "scale",
          "item max (" + itemMax + ") must exceed item min (" + itemMin + ")");
      v.check(
          developmentAreaAtOrBelow >= itemMin && developmentAreaAtOrBelow < itemMax,
          "/developmentAreaAtOrBelow",
          "range",
          "the development-area threshold must lie within " + itemMin + "-" + (itemMax - 1));
      v.check(!items.isEmpty(), "/items", "non-empty", "a scale needs at least one item");
      Set<String> sectionCodes = new HashSet<>();
      sections.forEach(
          s ->
              v.check(
                  sectionCodes.add(s.code()),
                  "/sections",
                  "unique",
                  "section " + s.code() + " is defined twice"));
      Set<Integer> numbers = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        FidelityItem item = items.get(i);
        v.check(
            numbers.add(item.number()),
            "/items/" + i + "/number",
            "unique",
            "item " + item.number() + " is defined twice");
        v.check(
            item.number() >= 1 && item.number() <= items.size(),
            "/items/" + i + "/number",
            "range",
            "items are numbered 1-" + items.size() + "; got " + item.number());
        v.check(
            sectionCodes.contains(item.section()),
            "/items/" + i + "/section",
            "unknown-section",
            "item " + item.number() + " names unknown section " + item.section());
      }
      if (v.isEmpty()) {
        checkBands(v, items.size() * itemMin, items.size() * itemMax);
      }
      v.throwIfAny();
      return new FidelityScale(this);
    }

    private void checkBands(Violations v, int low, int high) {
      List<ScoreBand> sorted = new ArrayList<>(bands);
      sorted.sort(Comparator.comparingInt(ScoreBand::min));
      if (!v.check(
          !sorted.isEmpty(),
          "/bands",
          "non-empty",
          "a scale needs bands covering " + low + "-" + high)) {
        return;
      }
      int expected = low;
      for (ScoreBand b : sorted) {
        v.check(
            b.min() <= b.max(),
            "/bands",
            "band-range",
            "band " + b.code() + " has min " + b.min() + " above max " + b.max());
        if (b.min() > expected) {
          v.add("/bands", "band-gap", "no band covers totals " + expected + "-" + (b.min() - 1));
        } else if (b.min() < expected) {
          v.add(
              "/bands",
              "band-overlap",
              "band "
                  + b.code()
                  + " starts at "
                  + b.min()
                  + (expected == low
                      ? ", below the lowest possible total " + low
                      : ", overlapping the band before it"));
        }
        expected = Math.max(expected, b.max() + 1);
      }
      v.check(
          expected == high + 1,
          "/bands",
          expected <= high ? "band-gap" : "band-overlap",
          expected <= high
              ? "no band covers totals " + expected + "-" + high
              : "bands reach " + (expected - 1) + ", above the highest possible total " + high);
    }
  }
}
