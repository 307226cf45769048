package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The server's route table and the OpenAPI document name exactly the same routes. */
class ContractTest {

    @Test
    void every_route_is_documented_and_every_documented_route_exists() throws Exception {
        SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK);
        Set<String> registered = new TreeSet<>();
        server.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        Set<String> documented = new TreeSet<>();
        JsonNode paths = TestServer.JSON.readTree(TestServer.openApi()).get("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            paths.get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        assertEquals(documented, registered);
    }
}
