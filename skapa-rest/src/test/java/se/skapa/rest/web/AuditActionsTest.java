package se.skapa.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.skapa.core.common.Language;

/** Every audit action the use cases write is a sentence on the admin page, not a code. */
class AuditActionsTest {

  private static final Pattern CODE = Pattern.compile("\"([a-z][a-z-]*(?:\\.[a-z][a-z-]*)+)\"");

  @Test
  void every_action_the_use_cases_audit_has_a_swedish_and_an_english_label() throws IOException {
    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("../skapa-app/src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(f);
        if (!source.contains("AuditEntry")) {
          continue;
        }
        Matcher m = CODE.matcher(source);
        while (m.find()) {
          if (!m.group(1).endsWith(".csv")) {
            written.add(m.group(1));
          }
        }
      }
    }
    Set<String> unlabelled = new TreeSet<>(written);
    unlabelled.removeAll(AuditActions.codes());
    assertEquals(Set.of(), unlabelled, "audit actions without a label");
    assertEquals("läste mätning", AuditActions.label("measurement.read", Language.SV));
    assertEquals("read a measurement", AuditActions.label("measurement.read", Language.EN));
    assertEquals("an.unknown-code", AuditActions.label("an.unknown-code", Language.SV));
  }
}
