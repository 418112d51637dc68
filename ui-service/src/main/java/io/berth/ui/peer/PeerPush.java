package io.berth.ui.peer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Hands a peer service the whole of something we own (auth-service's settings, registry-core's
 * cache-project table) until it takes it: a push that is refused, or fails, is tried again from the
 * push's own thread, first after a quarter second, then waiting twice as long each time up to five
 * seconds, one retry pending at a time. Whole-state pushes make a later push heal any lost one,
 * so retries need no queue.
 * {@link #delivered()} says whether the peer has taken one since we started: until then it may
 * apply a state older than ours, so ui-service is not ready ({@link PeerSyncReadiness}).
 */
public final class PeerPush {

    private static final Logger LOG = Logger.getLogger(PeerPush.class);
    private static final long FIRST_RETRY_MILLIS = 250;
    private static final long LAST_RETRY_MILLIS = 5_000;

    private final String what;
    private final BooleanSupplier push;
    private final ScheduledExecutorService thread;
    private boolean retryPending;
    private long retryMillis = FIRST_RETRY_MILLIS;
    private volatile boolean delivered;

    /** {@code push} sends the current state and says whether the peer stored it. */
    public PeerPush(String what, BooleanSupplier push) {
        this.what = what;
        this.push = push;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, what + "-push");
            t.setDaemon(true);
            return t;
        });
    }

    /** Pushes on the caller's thread (the caller's answer waits for the peer), retrying if refused. */
    public void now() {
        boolean stored = false;
        try {
            stored = push.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warnf("failed to send the %s: %s", what, e.toString());
        }
        if (stored) {
            delivered = true;
            synchronized (this) {
                retryMillis = FIRST_RETRY_MILLIS;
            }
        } else {
            scheduleRetry();
        }
    }

    /** Whether the peer has stored one push since this started. */
    public boolean delivered() {
        return delivered;
    }

    /** What is pushed, e.g. {@code auth-settings}. */
    public String what() {
        return what;
    }

    /** Pushes from the push's own thread: the caller does not wait. */
    public void inBackground() {
        thread.execute(this::now);
    }

    /** Pushes at once from the push's own thread, then every {@code seconds} to heal a lost push. */
    public void every(long seconds) {
        thread.scheduleWithFixedDelay(this::now, 0, seconds, TimeUnit.SECONDS);
    }

    public void stop() {
        thread.shutdownNow();
    }

    private synchronized void scheduleRetry() {
        if (retryPending || thread.isShutdown()) {
            return;
        }
        retryPending = true;
        long delay = retryMillis;
        retryMillis = Math.min(retryMillis * 2, LAST_RETRY_MILLIS);
        thread.schedule(() -> {
            synchronized (this) {
                retryPending = false;
            }
            now();
        }, delay, TimeUnit.MILLISECONDS);
    }
}
