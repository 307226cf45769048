package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentDefinitionsTest {

  @Test
  void a_definition_file_in_the_instruments_directory_is_served_from_start(@TempDir Path dir)
      throws Exception {
    Files.copy(Path.of("../docs/examples/instruments/own-steps.json"), dir.resolve("own.json"));
    try (TestServer api =
        new TestServer(
            ServerConfig.forTests().withApiKeys(List.of(TestServer.KEY)).withInstrumentsDir(dir))) {
      assertEquals(3, api.get("/api/v1/instruments/own-steps").json().get("indicators").size());
    }
  }
}
