package se.skapa.rest.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Assembles the one OpenAPI document from the files a person edits: {@code openapi.json} (info,
 * servers, security, tags, security schemes) and one file per capability ({@code 70-access.json}:
 * its {@code paths} and the {@code schemas} only it uses; {@code 00-shared.json}: schemas several
 * use), taken in the order of their names. Run by the build (process-classes); it refuses a path or
 * schema defined twice and a reference to a schema that no file defines, naming the file.
 */
public final class OpenApiAssembler {

  private static final String SCHEMA_REF = "#/components/schemas/";

  private OpenApiAssembler() {}

  /**
   * @param args the folder of the parts and the document to write
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: OpenApiAssembler <parts folder> <document>");
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode document = assemble(json, Path.of(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    json.writeValue(out.toFile(), document);
  }

  /**
   * @param json the reader
   * @param folder the parts
   * @return the assembled document
   * @throws IOException if a part cannot be read
   * @throws IllegalStateException if parts collide or a reference dangles
   */
  public static ObjectNode assemble(ObjectMapper json, Path folder) throws IOException {
    ObjectNode base = (ObjectNode) json.readTree(folder.resolve("openapi.json").toFile());
    ObjectNode paths = json.createObjectNode();
    ObjectNode schemas = json.createObjectNode();
    for (Path part : parts(folder)) {
      JsonNode node = json.readTree(part.toFile());
      merge(paths, node.path("paths"), part, "path");
      merge(schemas, node.path("schemas"), part, "schema");
    }
    ObjectNode document = json.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = base.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("components")) {
        document.set("paths", paths);
        ObjectNode components = ((ObjectNode) e.getValue()).deepCopy();
        components.set("schemas", schemas);
        document.set("components", components);
      } else {
        document.set(e.getKey(), e.getValue());
      }
    }
    TreeSet<String> dangling = new TreeSet<>();
    references(document, dangling);
    dangling.removeIf(schemas::has);
    if (!dangling.isEmpty()) {
      throw new IllegalStateException("no part in " + folder + " defines the schemas " + dangling);
    }
    return document;
  }

  private static List<Path> parts(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = new ArrayList<>();
      files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().equals("openapi.json"))
          .sorted()
          .forEach(parts::add);
      return parts;
    }
  }

  private static void merge(ObjectNode into, JsonNode from, Path part, String what) {
    for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (into.has(e.getKey())) {
        throw new IllegalStateException(
            part.getFileName() + " defines the " + what + " " + e.getKey() + " a second time");
      }
      into.set(e.getKey(), e.getValue());
    }
  }

  private static void references(JsonNode node, TreeSet<String> out) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
        out.add(ref.asText().substring(SCHEMA_REF.length()));
      }
      node.elements().forEachRemaining(child -> references(child, out));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> references(child, out));
    }
  }
}
