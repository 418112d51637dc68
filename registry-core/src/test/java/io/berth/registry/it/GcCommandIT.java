package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code garbage-collect} as a command of the packaged jar, and the readiness check. */
class GcCommandIT {

    @TempDir
    Path dir;

    @Test
    void commandCollectsAnUnreferencedBlob() throws Exception {
        String digest = Streams.sha256(Streams.content(1000, 3));
        try (PackagedRegistry registry = new PackagedRegistry(dir, "128m")) {
            registry.start();
            var put = Streams.send("POST", registry.base() + "/v2/gc/cmd/blobs/uploads/?digest=" + digest,
                    Streams.content(1000, 3), 1000, null);
            assertEquals(201, put.statusCode());
            HttpURLConnection health = Streams.open("GET", registry.base() + "/q/health/ready");
            assertEquals(200, health.getResponseCode());
            registry.close();
            FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3 * 3_600_000);
            try (Stream<Path> s = Files.walk(registry.storage)) {
                for (Path p : s.toList()) {
                    Files.setLastModifiedTime(p, old);
                }
            }
            assertTrue(gc(registry, "--dry-run").contains("\"blobsDeleted\" : 1"));
            assertTrue(Files.exists(blobFile(registry, digest)));
            assertTrue(gc(registry).contains("\"blobsDeleted\" : 1"));
            assertTrue(Files.notExists(blobFile(registry, digest)));
        }
    }

    private static Path blobFile(PackagedRegistry registry, String digest) {
        String hex = digest.substring(7);
        return registry.storage.resolve("docker/registry/v2/blobs/sha256/" + hex.substring(0, 2) + "/" + hex + "/data");
    }

    private static String gc(PackagedRegistry registry, String... flags) throws Exception {
        String jar = System.getProperty("registry.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> cmd = new java.util.ArrayList<>(List.of("java", "-Xmx128m",
                "-Dquarkus.config.locations=" + registry.dir.resolve("config.yml"), "-jar", jar, "garbage-collect"));
        cmd.addAll(List.of(flags));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes());
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
