package se.skapa.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.RatedBy;

/** A vendor reads a licensed definition with the core and this module alone, no server. */
class InstrumentDefinitionsTest {

  /**
   * The format's worked example, which docs/instrument-format.md shows: the tests hold the document
   * to the code.
   */
  static final Path EXAMPLE = Path.of("../docs/examples/instruments/own-steps.json");

  private static String own() {
    try {
      return Files.readString(EXAMPLE);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Instrument read(String json, String source) {
    return InstrumentDefinitions.read(json.getBytes(StandardCharsets.UTF_8), source);
  }

  private static String refusal(String json) {
    return assertThrows(IllegalArgumentException.class, () -> read(json, "own.json")).getMessage();
  }

  @Test
  void a_definition_file_becomes_an_instrument_a_catalogue_can_hold_beside_the_built_in_one(
      @TempDir Path dir) throws Exception {
    Files.copy(EXAMPLE, dir.resolve("own.json"));
    Files.writeString(dir.resolve("notes.txt"), "not a definition");
    List<Instrument> read = InstrumentDefinitions.readDirectory(dir);
    assertEquals(1, read.size());
    Instrument i = read.get(0);
    assertEquals("own-steps", i.id());
    assertEquals(2, i.version());
    assertEquals(
        List.of("motivation", "routine", "search"),
        i.indicators().stream().map(x -> x.key()).toList());
    assertEquals(RatedBy.BOTH, i.indicator("motivation").orElseThrow().ratedBy());
    assertEquals(
        RatedBy.PARTICIPANT,
        i.indicator("routine").orElseThrow().ratedBy(),
        "the default when not said");
    assertEquals(
        "Licensed question text",
        i.indicator("motivation").orElseThrow().question().orElseThrow().en());
    assertEquals(
        "Mycket", i.indicator("search").orElseThrow().scale().anchor(3).orElseThrow().sv());
    List<Instrument> all = new ArrayList<>(BuiltInInstruments.all());
    all.addAll(read);
    assertTrue(InstrumentCatalog.of(all).find("own-steps", 2).isPresent());
  }

  @Test
  void a_bad_definition_names_the_file_and_every_rule_it_breaks_at_its_place() {
    String two =
        refusal(
            own()
                .replace("\"min\": 1, \"max\": 5", "\"min\": 5, \"max\": 1")
                .replace("{\"sv\": \"Mer\", \"en\": \"More\"}, ", ""));
    assertTrue(
        two.startsWith("own.json: ")
            && two.contains("/indicators/1/max")
            && two.contains("/indicators/2/anchors"),
        two);
    String twice = refusal(own().replace("\"key\": \"routine\"", "\"key\": \"motivation\""));
    assertTrue(twice.contains("unique"), twice);
    String format = refusal(own().replace("skapa-instrument/1", "other/9"));
    assertTrue(format.contains("format must be 'skapa-instrument/1'"), format);
  }

  @Test
  void a_missing_null_unknown_or_repeated_field_is_named_with_its_place_and_no_parser_internals() {
    String own = own();
    for (String broken :
        List.of(
            own.replace("\"labels\": {\"sv\": \"Rutiner\", \"en\": \"Routines\"},", ""),
            own.replace(
                "\"labels\": {\"sv\": \"Rutiner\", \"en\": \"Routines\"}", "\"labels\": null"),
            own.replace("\"bipGroup\": \"SOCIAL\"", "\"bipgroup\": \"SOCIAL\""),
            own.replace("\"version\": 2,", "\"version\": 2, \"version\": 3,"),
            own.replace("\"version\": 2", "\"version\": \"2\""),
            own.replace("\"SOCIAL\"", "\"SOCIALT\""),
            own.substring(0, own.length() / 2))) {
      assertTrue(!broken.equals(own), "each case changes the example");
      String message = refusal(broken);
      assertTrue(
          message.startsWith("own.json: not a valid instrument definition: ")
              && message.contains("(line "),
          message);
      assertFalse(
          message.contains("Source:")
              || message.contains("se.skapa")
              || message.contains("Def")
              || message.contains("Feature"),
          message);
    }
  }
}
