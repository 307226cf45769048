package se.skapa.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vendors read the core through its Javadoc. The build's javadoc run fails on any doclint warning
 * (a member without a comment, a parameter or return not stated); this holds the part doclint does
 * not check: every package says what it holds.
 */
class DocumentationTest {

  @Test
  void every_package_of_the_core_has_a_package_comment() throws IOException {
    Path root = Path.of("src/main/java/se/skapa/core");
    try (Stream<Path> dirs = Files.walk(root)) {
      List<String> bare =
          dirs.filter(Files::isDirectory)
              .filter(DocumentationTest::holdsJava)
              .filter(d -> !Files.exists(d.resolve("package-info.java")))
              .map(d -> root.relativize(d).toString())
              .sorted()
              .toList();
      assertEquals(List.of(), bare, "packages without package-info.java");
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
