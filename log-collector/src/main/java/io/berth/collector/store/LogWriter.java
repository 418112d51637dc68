package io.berth.collector.store;

import io.berth.collector.config.CollectorConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Appends records to their files on one dedicated thread, so the event loops never touch the
 * disk. Nothing is dropped: {@link #submit} always queues, and tells the caller when the
 * queue is past its high-water mark so that it stops reading its socket until
 * {@link #whenDrained} calls back. Files are flushed whenever the queue runs empty.
 */
// created at startup so that an unusable log folder stops the collector at once
@Startup
@ApplicationScoped
public class LogWriter {

    private static final Logger LOG = Logger.getLogger(LogWriter.class);
    public static final int HIGH_WATER = 20_000;
    static final int LOW_WATER = 5_000;

    private final BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Queue<Runnable> drainWaiters = new ConcurrentLinkedQueue<>();
    private final TagFiles files;
    private final Thread thread;
    private volatile boolean running = true;
    private long lastErrorLogged;

    public LogWriter(CollectorConfig config) {
        try {
            this.files = new TagFiles(config.dir(), RotateSize.parse(config.rotateSize()), config.rotateCount());
        } catch (IOException e) {
            throw new UncheckedIOException("failed to create the log folder " + config.dir(), e);
        }
        this.thread = new Thread(this::run, "log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record; returns false when the caller should pause its source. */
    public boolean submit(LogRecord record) {
        queue.add(record);
        return pending.incrementAndGet() < HIGH_WATER;
    }

    /** Runs {@code resume} (on the writer thread) once the queue is back under the low-water mark. */
    public void whenDrained(Runnable resume) {
        drainWaiters.add(resume);
        if (pending.get() < LOW_WATER) {
            wakeWaiters();
        }
    }

    /** Records queued but not yet written. */
    public int pending() {
        return pending.get();
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                LogRecord record = queue.poll();
                if (record == null) {
                    files.flush();
                    wakeWaiters();
                    record = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (record == null) {
                        continue;
                    }
                }
                write(record);
                if (pending.decrementAndGet() < LOW_WATER && !drainWaiters.isEmpty()) {
                    wakeWaiters();
                }
            } catch (InterruptedException e) {
                running = false;
            }
        }
        files.flush();
        files.close();
    }

    private void write(LogRecord record) {
        try {
            files.append(record.tag(), record.line());
        } catch (IOException | RuntimeException e) {
            // our own log lines come back through syslog: never let a failing disk feed itself
            long now = System.nanoTime();
            if (lastErrorLogged == 0 || now - lastErrorLogged > TimeUnit.MINUTES.toNanos(1)) {
                lastErrorLogged = now;
                LOG.errorf("failed to write a log line for tag %s: %s", record.tag(), e.getMessage());
            }
        }
    }

    private void wakeWaiters() {
        for (Runnable waiter; (waiter = drainWaiters.poll()) != null; ) {
            waiter.run();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
