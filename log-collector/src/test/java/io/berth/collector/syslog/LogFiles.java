package io.berth.collector.syslog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Waits for the collector's writer thread to get lines to disk. The deadlines only end waits for
 * lines that never come; on an idle machine the lines are there in well under a second.
 */
final class LogFiles {

    static final long TIMEOUT_MS = 180_000;

    private LogFiles() {
    }

    /**
     * Every line of {@code file} once a line containing {@code last} is in it. Lines of one TCP
     * connection are written in the order sent, so when the connection's last message is on disk,
     * everything sent before it is too: the answer is complete, not a snapshot of a file still growing.
     */
    static List<String> awaitThrough(Path file, String last) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            List<String> lines = lines(file);
            if (lines.stream().anyMatch(l -> l.contains(last))) {
                return lines;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line with " + last + " in " + file + " within " + TIMEOUT_MS / 1000 + " s");
    }

    static List<String> awaitMatching(Path file, String marker, int expected) throws IOException, InterruptedException {
        return awaitMatching(file, marker, expected, TIMEOUT_MS);
    }

    static List<String> awaitMatching(Path file, String marker, int expected, long timeoutMs)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        List<String> matching = List.of();
        while (System.currentTimeMillis() < deadline) {
            matching = lines(file).stream().filter(l -> l.contains(marker)).toList();
            if (matching.size() >= expected) {
                return matching;
            }
            Thread.sleep(50);
        }
        return matching;
    }

    /**
     * The file's lines; none while it does not exist. Rotation renames the current file away and
     * starts a new one, so a file seen a moment ago may be gone when it is opened: that is "not
     * yet", not a failure.
     */
    private static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }
}
