package io.berth.collector.syslog;

import io.berth.collector.store.LogWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A disk that stops taking lines must slow the sender down, not cost lines or memory. The
 * tag's file is a named pipe nobody reads yet, so the writer thread blocks opening it and writes
 * nothing; the collector must then stop reading the sender's socket (TCP holds the sender) with
 * its queue at the high-water mark, and once the pipe is read every line must come out, in order.
 * No clock is involved: the test waits until the collector reports the connection paused, and
 * while the pipe is unread the queue cannot move, so what it holds then is what it holds.
 */
@QuarkusTest
class BackPressureTest {

    /** Far more than the high-water mark, so the queue must fill whatever the kernel buffers. */
    private static final int MESSAGES = 300_000;
    /** What one socket read may add after the mark was crossed (a read is at most 64 KiB of ~50-byte lines). */
    private static final int ONE_READ = 2_000;
    private static final long DEADLINE_MILLIS = TimeUnit.MINUTES.toMillis(3);

    @Inject
    SyslogServer server;

    @Inject
    LogWriter writer;

    @Inject
    SyslogStats stats;

    @ConfigProperty(name = "collector.dir")
    Path dir;

    @Test
    void holdsTheSenderWhileTheDiskIsStuckAndLosesNothing() throws Exception {
        String tag = "stuck-" + UUID.randomUUID().toString().substring(0, 8);
        Path fifo = dir.resolve(tag + ".log");
        Files.createDirectories(dir);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals(0, stats.pausedConnections(), "no sender held before the test");

        CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> send(tag));
        try {
            long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
            while (stats.pausedConnections() == 0 && !sender.isCompletedExceptionally()) {
                assertTrue(System.currentTimeMillis() < deadline,
                        "the sender was never held back; queue at " + writer.pending());
                Thread.sleep(20);
            }
            assertEquals(1, stats.pausedConnections());
            int pending = writer.pending();
            assertTrue(pending >= LogWriter.HIGH_WATER && pending <= LogWriter.HIGH_WATER + ONE_READ,
                    "queue not bounded at the high-water mark: " + pending);
        } finally {
            int next = 0;
            try (BufferedReader lines = Files.newBufferedReader(fifo, StandardCharsets.UTF_8)) {
                for (String line; next < MESSAGES && (line = lines.readLine()) != null; next++) {
                    if (!line.endsWith(": n=" + next)) {
                        throw new AssertionError("line " + next + " is " + line);
                    }
                }
            }
            assertEquals(MESSAGES, next);
        }
        sender.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        // every line came through and the sender hung up: nothing is held any more
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (stats.pausedConnections() != 0) {
            assertTrue(System.currentTimeMillis() < deadline, "a connection is still counted as held");
            Thread.sleep(20);
        }
    }

    private void send(String tag) {
        try (Socket socket = new Socket("127.0.0.1", server.tcpPort());
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
            for (int i = 0; i < MESSAGES; i++) {
                out.write(("<14>1 2026-11-28T12:00:00Z host " + tag + " - - - n=" + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
