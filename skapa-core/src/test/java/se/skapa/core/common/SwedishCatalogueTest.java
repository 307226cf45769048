package se.skapa.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Swedish sentence a refusal can carry, in one file a Swedish reader can read from top to
 * bottom ({@code docs/messages-sv.md}): the file is what the catalogue says, and a sentence in
 * stiff or half-English Swedish fails here before a user meets it.
 */
class SwedishCatalogueTest {

  static final Path DOC = Path.of("..", "docs", "messages-sv.md");

  static String render(Map<String, List<String>> catalogue) {
    StringBuilder b =
        new StringBuilder()
            .append("# Felmeddelanden på svenska\n\n")
            .append(
                "Varje mening SKAPA kan svara med när en regel bryts, regel för regel, så att en svensk"
                    + " läsare kan läsa dem på ett ställe. `{field}` är fältets namn, `{1}`, `{2}` …"
                    + " värden ur meddelandet. Den första meningen är regelns egen; de följande"
                    + " ersätter den när det engelska meddelandet säger mer. Filen skrivs av"
                    + " `SwedishCatalogueTest` (skapa-core): ändra i `ViolationTexts`, kör testet och"
                    + " kopiera `skapa-core/target/messages-sv.md` hit.\n\n")
            .append("| regel | mening |\n|---|---|\n");
    catalogue.forEach(
        (rule, sentences) ->
            sentences.forEach(
                s ->
                    b.append("| `")
                        .append(rule)
                        .append("` | ")
                        .append(s.replace("|", "\\|"))
                        .append(" |\n")));
    return b.toString();
  }

  @Test
  void the_swedish_file_is_the_catalogue_and_reads_as_swedish() throws IOException {
    Map<String, List<String>> catalogue = ViolationTexts.catalogue();
    for (Map.Entry<String, List<String>> e : catalogue.entrySet()) {
      for (String s : e.getValue()) {
        for (String stiff :
            List.of(" must ", " the ", " is ", "element (en text", "får inte vara tom")) {
          assertFalse(s.contains(stiff), e.getKey() + ": «" + s + "» contains «" + stiff + "»");
        }
      }
    }
    String rendered = render(catalogue);
    Path out = Path.of("target", "messages-sv.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, rendered, StandardCharsets.UTF_8);
    assertEquals(
        Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "",
        rendered,
        "docs/messages-sv.md is not the catalogue: copy skapa-core/target/messages-sv.md there");
  }
}
