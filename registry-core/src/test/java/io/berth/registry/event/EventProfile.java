package io.berth.registry.event;

import io.berth.testsupport.files.Trees;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Notifications to a test receiver listening on a port it got from the system, with an internal secret file. */
public class EventProfile implements QuarkusTestProfile {

    public static final EventReceiver RECEIVER = EventReceiver.start();
    public static final String SECRET = "test-internal-secret";
    static final Path DIR = tempDir();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "notifications.endpoints[0].name", "core",
                "notifications.endpoints[0].url", RECEIVER.url(),
                "notifications.endpoints[0].timeout", "1s",
                "notifications.endpoints[0].backoff", "0.2s",
                "berth.internal-secret-file", DIR.resolve("internal_secret").toString(),
                "berth.outbox-dir", DIR.resolve("outbox").toString());
    }

    private static Path tempDir() {
        try {
            Path d = Trees.tempDir("berth-events");
            Files.writeString(d.resolve("internal_secret"), SECRET + "\n");
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
