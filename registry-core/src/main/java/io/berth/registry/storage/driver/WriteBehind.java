package io.berth.registry.storage.driver;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts writing a large file's data to disk while the file is still being written, so that the
 * fsync that makes it durable at commit finds little left to do: for a 512 MiB blob that fsync took
 * about half a second after the last byte had arrived, all of it on the push's path. Flushes run on
 * one background thread, at most one at a time per file. They only start work early: the writer's
 * own fsync at commit is still what makes the data durable, so a flush that fails, or that races
 * with the file's close, is harmless.
 */
final class WriteBehind {

    /** Data written between two background flushes. */
    static final long STEP = 32L * 1024 * 1024;

    private static final ExecutorService FLUSHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storage-write-behind");
        t.setDaemon(true);
        return t;
    });

    private final FileChannel channel;
    private final long step;
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final AtomicInteger flushed = new AtomicInteger();
    private long unflushed;

    WriteBehind(FileChannel channel, long step) {
        this.channel = channel;
        this.step = step;
    }

    /** Called by the file's one writing thread after {@code bytes} more were written. */
    void written(long bytes) {
        unflushed += bytes;
        if (unflushed >= step && flushing.compareAndSet(false, true)) {
            unflushed = 0;
            FLUSHER.execute(this::flush);
        }
    }

    private void flush() {
        try {
            if (channel.isOpen()) {
                channel.force(false);
                flushed.incrementAndGet();
            }
        } catch (IOException e) {
            // closed meanwhile, or a disk error that the commit's own fsync reports
        } finally {
            flushing.set(false);
        }
    }

    /** For tests: whether a flush is under way or queued. */
    boolean flushing() {
        return flushing.get();
    }

    /** For tests: how many flushes completed. */
    int flushed() {
        return flushed.get();
    }
}
