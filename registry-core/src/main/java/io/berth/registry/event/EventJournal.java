package io.berth.registry.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.event.RegistryEvent;
import io.berth.registry.storage.driver.FileWriter;
import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.jboss.logging.Logger;

/**
 * The durable, append-only journal of registry events, written through the {@link StorageDriver}
 * with group commit: callers queue their event and wait; one writer thread appends everything
 * queued (up to {@value #MAX_BATCH} events) to the current segment and makes it durable with one
 * commit (fsync), then answers them all. A batch closes when the previous commit ends, so under
 * load many events share one fsync and a lone event waits for just its own.
 *
 * <pre>
 * &lt;dir&gt;/journal/&lt;first sequence, 20 digits&gt;.log   segments: records [length][crc32][sequence][event json]
 * &lt;dir&gt;/cursors/&lt;endpoint&gt;                       the next sequence the endpoint has not taken yet
 * </pre>
 *
 * Each start opens a new segment, so a record torn by a crash is only ever at the end of an older
 * segment, where reading stops; it was never acknowledged. Segments every endpoint has passed are
 * deleted.
 */
public final class EventJournal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventJournal.class);
    static final int MAX_BATCH = 512;
    private static final long SEGMENT_BYTES = 8L << 20;

    /** An event read back, with the sequence that follows it. */
    public record Entry(long sequence, RegistryEvent event) {
        public long next() {
            return sequence + 1;
        }
    }

    private record Pending(RegistryEvent event, CompletableFuture<Void> done) {
    }

    /** Where a reader stopped: the segment, the offset after the last record read, its next sequence. */
    private record Mark(long segment, long offset, long sequence) {
    }

    private final StorageDriver driver;
    private final String dir;
    private final ObjectMapper json;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, Long> cursors = new ConcurrentHashMap<>();
    private final Map<String, Mark> marks = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread writerThread;
    private volatile boolean running = true;
    private FileWriter writer;
    private long segment;
    private long segmentBytes;
    /** What is durable: events below {@code sequence}, the current segment up to {@code bytes}. */
    private record Tail(long sequence, long segment, long bytes) {
    }

    private volatile Tail tail;

    public EventJournal(StorageDriver driver, String dir, ObjectMapper json) throws IOException {
        this.driver = driver;
        this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        this.json = json;
        List<Long> segments = segments();
        long next = 0;
        if (!segments.isEmpty()) {
            long last = segments.get(segments.size() - 1);
            next = last;
            for (Entry e : scan(last, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE, Integer.MAX_VALUE, null)) {
                next = e.next();
            }
        }
        openSegment(next);
        writerThread = new Thread(this::writeLoop, "berth-event-journal");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /** Called after each commit (a delivery loop waits on it). */
    public void onCommit(Runnable listener) {
        listeners.add(listener);
    }

    /** Appends the event and returns once it is durable; throws when it could not be made so. */
    public void append(RegistryEvent event) throws IOException {
        if (!running) {
            throw new IOException("event journal closed");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Pending(event, done));
        try {
            done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the event was written", e);
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        long sequence = tail.sequence();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            for (Pending p : batch) {
                byte[] body = json.writeValueAsBytes(p.event());
                CRC32 crc = new CRC32();
                byte[] seq = java.nio.ByteBuffer.allocate(8).putLong(sequence).array();
                crc.update(seq);
                crc.update(body);
                out.writeInt(8 + body.length);
                out.writeInt((int) crc.getValue());
                out.write(seq);
                out.write(body);
                sequence++;
            }
            if (segmentBytes >= SEGMENT_BYTES) {
                openSegment(tail.sequence());
            }
            writer.write(bytes.toByteArray());
            writer.commit();
            segmentBytes += bytes.size();
            tail = new Tail(sequence, segment, segmentBytes);
            batch.forEach(p -> p.done().complete(null));
            listeners.forEach(Runnable::run);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "failed to write events to the journal: events=%d", batch.size());
            batch.forEach(p -> p.done().completeExceptionally(e instanceof IOException ? e : new IOException(e)));
            try {
                openSegment(tail.sequence()); // what reached the old segment is unknown: go on in a new one
            } catch (IOException again) {
                LOG.errorf(again, "failed to open a new journal segment");
            }
        }
    }

    private void openSegment(long firstSequence) throws IOException {
        if (writer != null) {
            writer.close();
        }
        String path = segmentPath(firstSequence);
        writer = driver.writer(path, false);
        writer.commit(); // the segment itself exists durably before any record counts on it
        segment = firstSequence;
        segmentBytes = 0;
        tail = new Tail(firstSequence, firstSequence, 0);
    }

    /** Up to {@code max} durable events from {@code from} on, oldest first; {@code reader} names who reads, to go on where it stopped. */
    public List<Entry> read(String reader, long from, int max) throws IOException {
        Tail durable = tail;
        if (from >= durable.sequence()) {
            return List.of();
        }
        List<Long> segments = segments();
        Mark mark = marks.get(reader);
        long startSegment;
        long offset;
        if (mark != null && mark.sequence() == from && segments.contains(mark.segment())) {
            startSegment = mark.segment();
            offset = mark.offset();
        } else {
            startSegment = segmentOf(segments, from);
            offset = 0;
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            long s = segments.get(i);
            if (s < startSegment || s > durable.segment()) {
                continue;
            }
            long limit = s == durable.segment() ? durable.bytes() : Long.MAX_VALUE;
            // a batch that failed may have left whole records behind; its sequences start the next segment
            long until = i + 1 < segments.size() ? segments.get(i + 1) : Long.MAX_VALUE;
            long[] stop = {offset};
            out.addAll(scan(s, offset, limit, from, until, max - out.size(), stop));
            marks.put(reader, new Mark(s, stop[0], out.isEmpty() ? from : out.get(out.size() - 1).next()));
            offset = 0;
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /**
     * Records of one segment from {@code offset}, at most {@code max}, reading no further than
     * {@code limit} bytes, skipping those below {@code from}; stops at the end, at a torn record or
     * at sequence {@code until}. {@code stop[0]} gets the offset after the last.
     */
    private List<Entry> scan(long segmentSeq, long offset, long limit, long from, long until, int max, long[] stop)
            throws IOException {
        List<Entry> out = new ArrayList<>();
        long position = offset;
        try (InputStream raw = driver.reader(segmentPath(segmentSeq), offset);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 64 * 1024))) {
            while (out.size() < max && position + 8 <= limit) {
                int length;
                int crc;
                byte[] record;
                try {
                    length = in.readInt();
                    crc = in.readInt();
                    if (length < 8 || length > 64 << 20 || position + 8 + length > limit) {
                        break;
                    }
                    record = in.readNBytes(length);
                } catch (EOFException e) {
                    break;
                }
                if (record.length < length) {
                    break;
                }
                CRC32 check = new CRC32();
                check.update(record);
                if ((int) check.getValue() != crc) {
                    break; // torn by a crash: never acknowledged
                }
                long seq = java.nio.ByteBuffer.wrap(record, 0, 8).getLong();
                if (seq >= until) {
                    break;
                }
                position += 8 + length;
                if (seq >= from) {
                    out.add(new Entry(seq, json.readValue(record, 8, length - 8, RegistryEvent.class)));
                }
            }
        } catch (PathNotFoundException e) {
            // trimmed meanwhile
        }
        if (stop != null) {
            stop[0] = position;
        }
        return out;
    }

    /** The sequence the endpoint takes next: its saved cursor, or the oldest event kept. */
    public long cursor(String endpoint) throws IOException {
        Long known = cursors.get(endpoint);
        if (known != null) {
            return known;
        }
        long c;
        try {
            c = Long.parseLong(new String(driver.getContent(dir + "/cursors/" + endpoint), StandardCharsets.UTF_8).trim());
        } catch (PathNotFoundException | NumberFormatException e) {
            List<Long> segments = segments();
            c = segments.isEmpty() ? tail.sequence() : segments.get(0);
        }
        cursors.put(endpoint, c);
        return c;
    }

    /** Records that the endpoint took everything below {@code next}; deletes segments no endpoint needs. */
    public void advance(String endpoint, long next) throws IOException {
        driver.putContent(dir + "/cursors/" + endpoint, Long.toString(next).getBytes(StandardCharsets.UTF_8));
        cursors.put(endpoint, next);
        long oldestNeeded = cursors.values().stream().mapToLong(Long::longValue).min().orElse(next);
        List<Long> segments = segments();
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (segments.get(i + 1) <= oldestNeeded && segments.get(i) < tail.segment()) {
                try {
                    driver.delete(segmentPath(segments.get(i)));
                } catch (PathNotFoundException e) {
                    // already gone
                }
            }
        }
    }

    /** Events durable but not yet taken by the endpoint. */
    public long pending(String endpoint) throws IOException {
        return Math.max(0, tail.sequence() - cursor(endpoint));
    }

    private static long segmentOf(List<Long> segments, long sequence) {
        long found = segments.isEmpty() ? 0 : segments.get(0);
        for (long s : segments) {
            if (s <= sequence) {
                found = s;
            }
        }
        return found;
    }

    private List<Long> segments() throws IOException {
        List<Long> out = new ArrayList<>();
        try {
            for (String p : driver.list(dir + "/journal")) {
                String name = p.substring(p.lastIndexOf('/') + 1);
                if (name.matches("\\d{20}\\.log")) {
                    out.add(Long.parseLong(name.substring(0, 20)));
                }
            }
        } catch (PathNotFoundException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    private String segmentPath(long firstSequence) {
        return String.format("%s/journal/%020d.log", dir, firstSequence);
    }

    @Override
    public void close() throws IOException {
        running = false;
        try {
            writerThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (writer != null) {
                writer.close();
            }
        }
    }
}
