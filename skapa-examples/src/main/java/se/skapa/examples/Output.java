package se.skapa.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an example prints its tables and writes its charts. */
public record Output(PrintStream out, Path dir) {

  public static Output standard() {
    return new Output(
        System.out, Path.of(System.getProperty("skapa.examples.dir", "target/examples")));
  }

  public Path write(String name, String content) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      out.println("  wrote " + file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path writeBytes(String name, byte[] content) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name);
      Files.write(file, content);
      out.println("  wrote " + file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void heading(String text) {
    out.println();
    out.println(text);
    out.println("=".repeat(text.length()));
  }
}
