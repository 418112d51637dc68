package io.berth.registry.event;

import io.berth.common.event.RegistryEvent;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The delivery loop of one endpoint: send the oldest events it has not taken from the journal,
 * move its cursor past them on success, back off on failure.
 */
final class Delivery implements Runnable {

    private static final Logger LOG = Logger.getLogger(Delivery.class);
    private static final int BATCH = 100;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final String name;
    private final EventJournal journal;
    private final EventSender sender;
    private final Duration backoff;
    private final Object signal = new Object();
    private boolean woken; // guarded by signal: a commit while the loop was reading is not missed
    private volatile boolean running;
    private Thread thread;

    Delivery(String name, EventJournal journal, EventSender sender, Duration backoff) {
        this.name = name;
        this.journal = journal;
        this.sender = sender;
        this.backoff = backoff.isZero() || backoff.isNegative() ? Duration.ofSeconds(1) : backoff;
    }

    String name() {
        return name;
    }

    void start() {
        running = true;
        thread = new Thread(this, "berth-events-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        wake();
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void run() {
        long wait = 0;
        while (running) {
            try {
                long cursor = journal.cursor(name);
                List<EventJournal.Entry> batch = journal.read(name, cursor, BATCH);
                if (batch.isEmpty()) {
                    pause(5000);
                    continue;
                }
                List<RegistryEvent> events = batch.stream().map(EventJournal.Entry::event).toList();
                if (sender.send(events)) {
                    journal.advance(name, batch.get(batch.size() - 1).next());
                    wait = 0;
                } else {
                    wait = wait == 0 ? backoff.toMillis() : Math.min(wait * 2, MAX_BACKOFF.toMillis());
                    LOG.debugf("event delivery failed, retrying: endpoint=%s pending=%d wait_ms=%d", name, batch.size(), wait);
                    sleep(wait);
                }
            } catch (Exception e) {
                LOG.warnf(e, "failed to deliver events: endpoint=%s", name);
                sleep(backoff.toMillis());
            }
        }
    }

    /** A backoff that new events do not cut short. */
    private void sleep(long millis) {
        try {
            long end = System.currentTimeMillis() + millis;
            while (running && System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(200, Math.max(1, end - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void pause(long millis) {
        synchronized (signal) {
            try {
                if (!woken) {
                    signal.wait(millis);
                }
                woken = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
