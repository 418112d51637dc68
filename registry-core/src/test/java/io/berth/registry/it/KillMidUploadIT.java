package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an upload leaves no visible blob; the upload resumes after the restart. */
class KillMidUploadIT {

    static final long SIZE = 256L << 20;

    @TempDir
    Path dir;

    @Test
    void killNineMidUploadThenResumeAndRestart() throws Exception {
        String digest = Streams.sha256(Streams.content(SIZE, 7));
        try (PackagedRegistry registry = new PackagedRegistry(dir, "256m")) {
            registry.start();
            String base = registry.base();
            HttpURLConnection post = Streams.open("POST", base + "/v2/kill/me/blobs/uploads/");
            assertEquals(202, post.getResponseCode());
            String location = post.getHeaderField("Location");

            // stream the whole blob in one PATCH and kill the registry once ~64 MiB went out
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                try {
                    Streams.send("PATCH", base + location, Streams.content(SIZE, 7), SIZE, null);
                } catch (Exception expected) {
                    // the server died under us
                }
            });
            long deadline = System.currentTimeMillis() + 60_000;
            while (uploadedBytes(registry.storage) < (64L << 20) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            registry.kill();
            upload.get();

            try (Stream<Path> s = Files.walk(registry.storage)) {
                assertTrue(s.noneMatch(p -> p.toString().contains("/blobs/sha256/")), "no partial blob visible");
            }
            registry.start();
            HttpURLConnection head = Streams.open("HEAD", base + "/v2/kill/me/blobs/" + digest);
            assertEquals(404, head.getResponseCode());

            // resume: the session reports what arrived; send the rest
            HttpURLConnection status = Streams.open("GET", base + location);
            assertEquals(204, status.getResponseCode());
            long have = Long.parseLong(status.getHeaderField("Range").split("-")[1]) + 1;
            assertTrue(have > 0 && have < SIZE, "partial upload kept: " + have);
            InputStream rest = Streams.content(SIZE, 7);
            rest.skipNBytes(have);
            var patch = Streams.send("PATCH", base + location, rest, SIZE - have,
                    have + "-" + (SIZE - 1));
            assertEquals(202, patch.statusCode());
            var put = Streams.send("PUT", base + location + "?digest=" + digest,
                    InputStream.nullInputStream(), 0, null);
            assertEquals(201, put.statusCode());
            HttpURLConnection get = Streams.open("GET", base + "/v2/kill/me/blobs/" + digest);
            try (InputStream in = get.getInputStream()) {
                assertEquals(digest, Streams.sha256(in));
            }

            // or restart from scratch in a new session
            var again = Streams.send("POST", base + "/v2/kill/again/blobs/uploads/?digest=" + digest,
                    Streams.content(SIZE, 7), SIZE, null);
            assertEquals(201, again.statusCode());
        }
    }

    private static long uploadedBytes(Path storage) throws Exception {
        try (Stream<Path> s = Files.walk(storage)) {
            return s.filter(p -> p.toString().contains("/_uploads/") && p.getFileName().toString().equals("data"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
