package io.berth.registry.event;

import io.berth.common.event.RegistryEvent;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/** The delivery loop of one endpoint: send the oldest batch, remove it on success, back off on failure. */
final class Delivery implements Runnable {

    private static final Logger LOG = Logger.getLogger(Delivery.class);
    private static final int BATCH = 100;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final String name;
    private final Outbox outbox;
    private final EventSender sender;
    private final Duration backoff;
    private final Object signal = new Object();
    private volatile boolean running;
    private Thread thread;

    Delivery(String name, Outbox outbox, EventSender sender, Duration backoff) {
        this.name = name;
        this.outbox = outbox;
        this.sender = sender;
        this.backoff = backoff.isZero() || backoff.isNegative() ? Duration.ofSeconds(1) : backoff;
    }

    String name() {
        return name;
    }

    Outbox outbox() {
        return outbox;
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
            signal.notifyAll();
        }
    }

    @Override
    public void run() {
        long wait = 0;
        while (running) {
            try {
                List<Outbox.Entry> batch = outbox.oldest(BATCH);
                if (batch.isEmpty()) {
                    pause(5000);
                    continue;
                }
                List<RegistryEvent> events = batch.stream().map(Outbox.Entry::event).toList();
                if (sender.send(events)) {
                    outbox.remove(batch);
                    wait = 0;
                } else {
                    wait = wait == 0 ? backoff.toMillis() : Math.min(wait * 2, MAX_BACKOFF.toMillis());
                    LOG.debugf("event delivery failed, retrying: endpoint=%s pending=%d wait_ms=%d", name, batch.size(), wait);
                    sleep(wait);
                }
            } catch (Exception e) {
                LOG.warnf(e, "failed to deliver events: endpoint=%s", name);
                pause(backoff.toMillis());
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
                signal.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
