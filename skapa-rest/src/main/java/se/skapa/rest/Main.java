package se.skapa.rest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the SKAPA REST adapter on its embedded defaults: {@code java -jar skapa-rest/target/skapa-rest.jar}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("SKAPA cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        config.notes().forEach(LOG::warn);
        SkapaServer server = SkapaServer.create(config);
        server.start();
        // SIGTERM/SIGINT: stop accepting, let in-flight requests finish, then exit.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "skapa-shutdown"));
        LOG.info("SKAPA listening on http://{}:{} (API docs at /docs)", config.bind(), server.port());
    }
}
