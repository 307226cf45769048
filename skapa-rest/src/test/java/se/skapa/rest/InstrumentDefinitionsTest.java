package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.skapa.core.progression.Instrument;
import se.skapa.rest.http.Json;

class InstrumentDefinitionsTest {

    static final String OWN = """
            {"format":"skapa-instrument/1","id":"own-steps","version":2,
             "names":{"sv":"Egna steg","en":"Own steps"},
             "sources":["Licensed from the rights holder"],
             "indicators":[
               {"key":"motivation","labels":{"sv":"Motivation","en":"Motivation"},"scale":{"min":0,"max":4},"ratedBy":"BOTH",
                "question":{"sv":"Licensierad fråga?","en":"Licensed question?"}},
               {"key":"routine","labels":{"sv":"Rutiner","en":"Routines"},"scale":{"min":1,"max":5},"bipGroup":"SOCIAL"},
               {"key":"search","labels":{"sv":"Sökande","en":"Search"},"scale":{"min":1,"max":3,
                "anchors":[{"sv":"Lite","en":"Little"},{"sv":"Mer","en":"More"},{"sv":"Mycket","en":"Much"}]}}]}""";

    @Test
    void a_definition_file_becomes_an_instrument_and_the_server_serves_it(@TempDir Path dir) throws Exception {
        Instrument i = InstrumentDefinitions.read(Json.mapper(), OWN.getBytes(StandardCharsets.UTF_8), "own.json");
        assertEquals("own-steps", i.id());
        assertEquals(3, i.indicators().size());
        assertEquals("Licensed question?", i.indicator("motivation").orElseThrow().question().orElseThrow().en());
        Files.writeString(dir.resolve("own.json"), OWN);
        try (TestServer api = new TestServer(ServerConfig.forTests().withApiKeys(java.util.List.of(TestServer.KEY)).withInstrumentsDir(dir))) {
            assertEquals(3, api.get("/api/v1/instruments/own-steps").json().get("indicators").size());
        }
    }

    @Test
    void a_bad_definition_names_the_file_and_the_rule() {
        String dup = OWN.replace("\"key\":\"routine\"", "\"key\":\"motivation\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InstrumentDefinitions.read(Json.mapper(), dup.getBytes(StandardCharsets.UTF_8), "dup.json"));
        assertTrue(e.getMessage().startsWith("dup.json") && e.getMessage().contains("unique"), e.getMessage());
        String scale = OWN.replace("\"min\":1,\"max\":5", "\"min\":5,\"max\":1");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> InstrumentDefinitions.read(Json.mapper(), scale.getBytes(StandardCharsets.UTF_8), "s.json")).getMessage().contains("scale"));
        String format = OWN.replace("skapa-instrument/1", "other/9");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> InstrumentDefinitions.read(Json.mapper(), format.getBytes(StandardCharsets.UTF_8), "f.json")).getMessage().contains("format"));
    }

    @Test
    void a_missing_or_null_field_is_named_not_a_null_pointer() {
        for (String broken : new String[] {OWN.replace("\"labels\":{\"sv\":\"Rutiner\",\"en\":\"Routines\"},", ""),
                                           OWN.replace("\"labels\":{\"sv\":\"Rutiner\",\"en\":\"Routines\"}", "\"labels\":null")}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> InstrumentDefinitions.read(Json.mapper(), broken.getBytes(StandardCharsets.UTF_8), "broken.json"));
            assertTrue(e.getMessage().startsWith("broken.json") && e.getMessage().contains("labels"), e.getMessage());
        }
    }
}
