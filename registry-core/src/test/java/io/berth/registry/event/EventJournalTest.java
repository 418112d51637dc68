package io.berth.registry.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.RegistryEvent;
import io.berth.registry.storage.driver.FilesystemDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal on the filesystem driver: group commit, cursors, restarts, torn tails, trimming. */
class EventJournalTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private EventJournal open() throws IOException {
        return new EventJournal(new FilesystemDriver(dir), "/_berth/outbox", json);
    }

    private static RegistryEvent event(int i) {
        return new RegistryEvent("id-" + i, RegistryEvent.PULL, "2026-01-01T00:00:00Z", "u", "p/r", null,
                "sha256:" + "a".repeat(64), "application/vnd.oci.image.manifest.v1+json", i, List.of(), "ua", Map.of());
    }

    private static List<String> drain(EventJournal j, String endpoint) throws IOException {
        List<String> ids = new ArrayList<>();
        for (List<EventJournal.Entry> batch = j.read(endpoint, j.cursor(endpoint), 7); !batch.isEmpty();
                batch = j.read(endpoint, j.cursor(endpoint), 7)) {
            batch.forEach(e -> ids.add(e.event().id()));
            j.advance(endpoint, batch.get(batch.size() - 1).next());
        }
        return ids;
    }

    @Test
    void concurrentAppendsShareCommitsAndEachEndpointReadsThemOnce() throws Exception {
        try (EventJournal j = open()) {
            List<CompletableFuture<Void>> writers = IntStream.range(0, 200).mapToObj(i -> CompletableFuture.runAsync(() -> {
                try {
                    j.append(event(i));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            })).toList();
            writers.forEach(CompletableFuture::join);
            assertEquals(200, j.pending("a"));
            List<String> a = drain(j, "a");
            assertEquals(200, a.size());
            assertEquals(200, a.stream().distinct().count());
            assertEquals(0, j.pending("a"));
            assertEquals(200, j.pending("b"));
            assertEquals(a, drain(j, "b"));
        }
    }

    @Test
    void aRestartKeepsCursorsAndWhatWasNotTaken() throws Exception {
        try (EventJournal j = open()) {
            for (int i = 0; i < 10; i++) {
                j.append(event(i));
            }
            List<EventJournal.Entry> first = j.read("a", j.cursor("a"), 4);
            j.advance("a", first.get(3).next());
        }
        try (EventJournal j = open()) {
            assertEquals(6, j.pending("a"));
            j.append(event(10));
            assertEquals(List.of("id-4", "id-5", "id-6", "id-7", "id-8", "id-9", "id-10"), drain(j, "a"));
        }
    }

    @Test
    void aTornRecordAtTheEndOfASegmentIsDroppedAndWritingGoesOn() throws Exception {
        try (EventJournal j = open()) {
            for (int i = 0; i < 3; i++) {
                j.append(event(i));
            }
        }
        Path segment;
        try (Stream<Path> s = Files.list(dir.resolve("_berth/outbox/journal"))) {
            segment = s.sorted().reduce((x, y) -> y).orElseThrow();
        }
        // a crash in the middle of a record: its length and part of its bytes reached the disk
        Files.write(segment, new byte[] {0, 0, 0, 100, 1, 2, 3, 4, 5}, StandardOpenOption.APPEND);
        try (EventJournal j = open()) {
            j.append(event(3));
            assertEquals(List.of("id-0", "id-1", "id-2", "id-3"), drain(j, "a"));
        }
    }

    @Test
    void segmentsEveryEndpointPassedAreDeleted() throws Exception {
        try (EventJournal j = open()) {
            j.append(event(0));
        }
        try (EventJournal j = open()) { // a second segment
            j.append(event(1));
            j.cursor("a");
            j.cursor("b");
            drain(j, "a");
            assertEquals(2, segments());
            drain(j, "b");
            assertEquals(1, segments());
            assertTrue(j.read("a", j.cursor("a"), 10).isEmpty());
        }
    }

    private long segments() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("_berth/outbox/journal"))) {
            return s.count();
        }
    }
}
