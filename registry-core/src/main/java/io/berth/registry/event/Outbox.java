package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.RegistryEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A durable queue of events for one endpoint: one fsynced file per event, named so that the
 * lexical order is the order of writing. An entry is removed only after delivery succeeded.
 */
public final class Outbox {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path dir;
    private final ObjectMapper json;

    public Outbox(Path dir, ObjectMapper json) throws IOException {
        this.dir = dir;
        this.json = json;
        Files.createDirectories(dir);
    }

    public record Entry(Path file, RegistryEvent event) {
    }

    public void append(RegistryEvent event) throws IOException {
        String name = String.format("%016d-%08d-%s", System.currentTimeMillis(),
                SEQUENCE.incrementAndGet() % 100_000_000, event.id());
        Path tmp = dir.resolve("." + name + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(json.writeValueAsBytes(event)));
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(name + ".json"));
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the rename itself must survive a crash
        } catch (IOException e) {
            // some filesystems cannot sync a directory; the file content is already durable
        }
    }

    /** Up to {@code max} oldest entries; unreadable files are skipped. */
    public List<Entry> oldest(int max) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().limit(max).toList()) {
                try {
                    out.add(new Entry(p, json.readValue(p.toFile(), RegistryEvent.class)));
                } catch (IOException e) {
                    // removed concurrently or corrupt: nothing to deliver
                }
            }
        }
        return out;
    }

    public void remove(List<Entry> delivered) throws IOException {
        for (Entry e : delivered) {
            Files.deleteIfExists(e.file());
        }
    }

    public long size() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }
}
