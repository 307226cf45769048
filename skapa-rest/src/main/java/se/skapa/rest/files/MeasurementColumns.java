package se.skapa.rest.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Respondent;

/**
 * The measurement file's columns and codes as a person reads them: Swedish words in a Swedish file
 * (the one Excel opens), English in an English one, and either read back by the import, so that a
 * file exported in one language imports as it was. The English names are the canonical ones.
 */
public final class MeasurementColumns {

  private static final List<Map.Entry<String, String>> FIXED =
      List.of(
          Map.entry("id", "id"),
          Map.entry("service", "verksamhet"),
          Map.entry("participant", "deltagare"),
          Map.entry("instrument", "instrument"),
          Map.entry("instrumentVersion", "instrumentversion"),
          Map.entry("respondent", "svarande"),
          Map.entry("date", "datum"),
          Map.entry("handledare", "handledare"),
          Map.entry("comment", "kommentar"),
          Map.entry("version", "version"),
          Map.entry("recordedBy", "registrerad av"),
          Map.entry("recordedAt", "registrerad"));

  /** A respondent's word for a person. */
  private static LocalizedText words(Respondent r) {
    return switch (r) {
      case PARTICIPANT -> LocalizedText.of("Deltagare", "Participant");
      case HANDLEDARE -> LocalizedText.of("Handledare", "Handledare");
    };
  }

  private MeasurementColumns() {}

  /** {@return a fixed column's name in {@code lang}; {@code canonical} is its English name} */
  public static String name(String canonical, Language lang) {
    return FIXED.stream()
        .filter(e -> e.getKey().equals(canonical))
        .findFirst()
        .map(e -> lang == Language.SV ? e.getValue() : e.getKey())
        .orElseThrow(() -> new IllegalArgumentException("no column " + canonical));
  }

  /** {@return an indicator's column in {@code lang}: its name in Swedish, its key in English} */
  public static String indicator(Indicator indicator, Language lang) {
    return lang == Language.SV ? indicator.labels().sv() : indicator.key();
  }

  /** {@return a respondent as a person reads it in {@code lang}} */
  public static String respondent(Respondent r, Language lang) {
    return lang == Language.SV ? words(r).sv() : r.name();
  }

  /**
   * A respondent from a cell: the code ({@code PARTICIPANT}, {@code HANDLEDARE}) or its word in
   * either language, in any case.
   */
  public static Optional<Respondent> respondent(String cell) {
    for (Respondent r : Respondent.values()) {
      LocalizedText words = words(r);
      if (cell.equalsIgnoreCase(r.name())
          || cell.equalsIgnoreCase(words.sv())
          || cell.equalsIgnoreCase(words.en())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * A file's first line in canonical names: each Swedish column name, and each indicator's name in
   * either language where every instrument the server knows gives it the same key, becomes the
   * English name or key. Names it does not know are left as they are.
   */
  public static List<String> canonical(List<String> header, InstrumentCatalog catalog) {
    Map<String, String> known = new HashMap<>();
    for (Map.Entry<String, String> e : FIXED) {
      known.put(e.getValue().toLowerCase(Locale.ROOT), e.getKey());
      known.put(e.getKey().toLowerCase(Locale.ROOT), e.getKey());
    }
    Map<String, String> indicators = new HashMap<>();
    List<String> ambiguous = new ArrayList<>();
    catalog.all().stream()
        .flatMap(i -> i.indicators().stream())
        .forEach(
            ind -> {
              for (String label : List.of(ind.labels().sv(), ind.labels().en(), ind.key())) {
                String k = label.toLowerCase(Locale.ROOT);
                String before = indicators.putIfAbsent(k, ind.key());
                if (before != null && !before.equals(ind.key())) {
                  ambiguous.add(k);
                }
              }
            });
    ambiguous.forEach(indicators::remove);
    List<String> out = new ArrayList<>();
    for (String cell : header) {
      String k = cell.strip().toLowerCase(Locale.ROOT);
      out.add(known.getOrDefault(k, indicators.getOrDefault(k, cell)));
    }
    return out;
  }
}
