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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A disk that stops taking lines must slow the sender down, not cost lines or memory. The
 * tag's file is a named pipe nobody reads yet, so the writer thread blocks on it; the sender
 * must then be held by TCP while the collector's queue stays bounded, and once the pipe is
 * read every line must come out, in order.
 */
@QuarkusTest
class BackPressureTest {

    private static final int MESSAGES = 300_000;

    @Inject
    SyslogServer server;

    @Inject
    LogWriter writer;

    @ConfigProperty(name = "collector.dir")
    Path dir;

    @Test
    void holdsTheSenderWhileTheDiskIsStuckAndLosesNothing() throws Exception {
        String tag = "stuck-" + UUID.randomUUID().toString().substring(0, 8);
        Path fifo = dir.resolve(tag + ".log");
        Files.createDirectories(dir);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());

        CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> send(tag));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (writer.pending() < LogWriter.HIGH_WATER && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(2_000);

            assertFalse(sender.isDone(), "the sender was never held back");
            int pending = writer.pending();
            assertTrue(pending >= LogWriter.HIGH_WATER && pending < LogWriter.HIGH_WATER + 10_000,
                    "queue not bounded: " + pending);
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
        sender.get(60, TimeUnit.SECONDS);
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
