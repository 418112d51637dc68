package io.berth.collector.syslog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Waits for the collector's writer thread to get lines to disk. */
final class LogFiles {

    private static final long TIMEOUT_MS = 60_000;

    private LogFiles() {
    }

    static List<String> awaitLines(Path file, int expected) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        List<String> lines = List.of();
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= expected) {
                    // a moment more to catch anything beyond what was expected
                    Thread.sleep(300);
                    return Files.readAllLines(file, StandardCharsets.UTF_8);
                }
            }
            Thread.sleep(100);
        }
        return lines;
    }

    static List<String> awaitMatching(Path file, String marker, int expected) throws IOException, InterruptedException {
        return awaitMatching(file, marker, expected, TIMEOUT_MS);
    }

    static List<String> awaitMatching(Path file, String marker, int expected, long timeoutMs)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        List<String> matching = List.of();
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                matching = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker)).toList();
                if (matching.size() >= expected) {
                    return matching;
                }
            }
            Thread.sleep(100);
        }
        return matching;
    }
}
