package io.berth.registry.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body read through {@link StreamedBody} from a real Vert.x stream (a file read in 8 KiB
 * chunks, as Netty hands on a request body by default): whole, in reads as large as the reader
 * asks for, and bounded in memory.
 */
class StreamedBodyTest {

    private static final int CHUNK = 8 * 1024;

    private static Vertx vertx;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aReadTakesEveryChunkAlreadyReceived() throws Exception {
        byte[] content = random(512 * 1024);
        StreamedBody body = open(write(content));
        await(body::complete);

        byte[] buf = new byte[128 * 1024];
        // 16 chunks are there: one read takes as many as fit, not one chunk (it was 8 KiB a read)
        assertEquals(buf.length, body.read(buf, 0, buf.length));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(buf);
        for (int n; (n = body.read(buf, 0, buf.length)) > 0; ) {
            all.write(buf, 0, n);
        }
        assertArrayEquals(content, all.toByteArray());
        assertEquals(-1, body.read(buf, 0, buf.length));
    }

    @Test
    void aLargeBodyPausesItsSourceAndArrivesWhole() throws Exception {
        byte[] content = random(4 * 1024 * 1024);
        StreamedBody body = open(write(content));
        await(() -> body.received() > 1024 * 1024);
        Thread.sleep(200);
        // paused past the high-water mark: the rest waits in the file, not in memory
        assertTrue(body.received() < 2 * 1024 * 1024, "received " + body.received());

        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[100_000];
        for (int n; (n = body.read(buf, 0, buf.length)) > 0; ) {
            all.write(buf, 0, n);
        }
        assertArrayEquals(content, all.toByteArray());
        assertTrue(body.complete());
    }

    private byte[] random(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return content;
    }

    private Path write(byte[] content) throws Exception {
        Path file = dir.resolve("body-" + content.length);
        Files.write(file, content);
        return file;
    }

    /** The file as a stream of 8 KiB chunks, wrapped on the event loop as the routes do. */
    private static StreamedBody open(Path file) throws Exception {
        CompletableFuture<StreamedBody> body = new CompletableFuture<>();
        vertx.runOnContext(v -> vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true))
                .onFailure(body::completeExceptionally)
                .onSuccess(f -> {
                    AsyncFile chunks = f.setReadBufferSize(CHUNK);
                    chunks.pause();
                    body.complete(new StreamedBody(chunks));
                }));
        return body.get(10, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(5);
        }
    }
}
