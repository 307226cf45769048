package se.skapa.rest.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document is one file per capability, assembled; a part that collides or dangles is refused.
 */
class OpenApiAssemblerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String BASE =
      "{\"openapi\":\"3.0.3\",\"info\":{},\"tags\":[],\"components\":{\"securitySchemes\":{}}}";

  @TempDir Path dir;

  void write(String name, String json) throws Exception {
    Files.writeString(dir.resolve(name), json);
  }

  @Test
  void partsAreMergedInTheOrderOfTheirNamesBetweenTheBasesKeys() throws Exception {
    write("openapi.json", BASE);
    write("20-b.json", "{\"paths\":{\"/b\":{}},\"schemas\":{\"B\":{\"type\":\"string\"}}}");
    write("10-a.json", "{\"paths\":{\"/a\":{\"get\":{\"$ref\":\"#/components/schemas/B\"}}}}");
    ObjectNode doc = OpenApiAssembler.assemble(JSON, dir);
    assertEquals("[\"openapi\",\"info\",\"tags\",\"paths\",\"components\"]", names(doc));
    assertEquals("[\"/a\",\"/b\"]", names((ObjectNode) doc.get("paths")));
    assertTrue(doc.get("components").has("securitySchemes"));
    assertEquals("string", doc.at("/components/schemas/B/type").asText());
  }

  @Test
  void aPathDefinedTwiceNamesTheSecondFile() throws Exception {
    write("openapi.json", BASE);
    write("10-a.json", "{\"paths\":{\"/a\":{}}}");
    write("20-b.json", "{\"paths\":{\"/a\":{}}}");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> OpenApiAssembler.assemble(JSON, dir));
    assertEquals("20-b.json defines the path /a a second time", e.getMessage());
  }

  @Test
  void aReferenceToASchemaNoPartDefinesIsRefused() throws Exception {
    write("openapi.json", BASE);
    write("10-a.json", "{\"paths\":{\"/a\":{\"$ref\":\"#/components/schemas/Missing\"}}}");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> OpenApiAssembler.assemble(JSON, dir));
    assertTrue(e.getMessage().endsWith("defines the schemas [Missing]"), e.getMessage());
  }

  private static String names(ObjectNode node) throws Exception {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return JSON.writeValueAsString(names);
  }
}
