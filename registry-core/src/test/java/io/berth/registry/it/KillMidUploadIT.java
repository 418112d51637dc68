package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.registry.Await;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

            // stream the blob in one PATCH that stalls after 64 MiB, and kill the registry once it
            // holds half of that: the kill lands mid-upload however fast or slow the machine is
            CountDownLatch killed = new CountDownLatch(1);
            InputStream gated = gate(Streams.content(SIZE, 7), 64L << 20, killed);
            String patchUrl = base + location;
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                try {
                    Streams.send("PATCH", patchUrl, gated, SIZE, null);
                } catch (Exception expected) {
                    // the server died under us
                }
            });
            Await.until("32 MiB of the upload stored", Duration.ofMinutes(5),
                    () -> uploadedBytes(registry.storage) >= (32L << 20));
            registry.kill();
            killed.countDown();
            upload.get();

            try (Stream<Path> s = Files.walk(registry.storage)) {
                assertTrue(s.noneMatch(p -> p.toString().contains("/blobs/sha256/")), "no partial blob visible");
            }
            registry.start();
            base = registry.base(); // a restart listens on a new port
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

    private static long uploadedBytes(Path storage) {
        try (Stream<Path> s = Files.walk(storage)) {
            return s.filter(p -> p.toString().contains("/_uploads/") && p.getFileName().toString().equals("data"))
                    .mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.UncheckedIOException | IOException e) {
            return 0; // a file went away while walking: look again
        }
    }

    /** Passes {@code limit} bytes, then blocks until {@code release} (at most ten minutes) and passes the rest. */
    private static InputStream gate(InputStream in, long limit, CountDownLatch release) {
        return new FilterInputStream(in) {
            private long passed;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (passed >= limit) {
                    try {
                        release.await(10, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
                int n = super.read(b, off, passed < limit ? (int) Math.min(len, limit - passed) : len);
                if (n > 0) {
                    passed += n;
                }
                return n;
            }
        };
    }
}
