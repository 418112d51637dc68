package io.berth.registry.event;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Notifications to a test receiver on a reserved loopback port, with an internal secret file. */
public class EventProfile implements QuarkusTestProfile {

    public static final int PORT = freePort();
    public static final String SECRET = "test-internal-secret";
    static final Path DIR = tempDir();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "notifications.endpoints[0].name", "core",
                "notifications.endpoints[0].url", "http://127.0.0.1:" + PORT + "/internal/v1/events",
                "notifications.endpoints[0].timeout", "1s",
                "notifications.endpoints[0].backoff", "0.2s",
                "berth.internal-secret-file", DIR.resolve("internal_secret").toString(),
                "berth.outbox-dir", DIR.resolve("outbox").toString());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("berth-events");
            Files.writeString(d.resolve("internal_secret"), SECRET + "\n");
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
