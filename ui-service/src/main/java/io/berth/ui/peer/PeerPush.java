package io.berth.ui.peer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Hands a peer service the whole of something we own (auth-service's settings, registry-core's
 * cache-project table) until it takes it: a push that is refused, or fails, is tried again every
 * few seconds from the push's own thread, one retry pending at a time. Whole-state pushes make a
 * later push heal any lost one, so retries need no queue.
 */
public final class PeerPush {

    private static final Logger LOG = Logger.getLogger(PeerPush.class);
    private static final long RETRY_SECONDS = 5;

    private final String what;
    private final BooleanSupplier push;
    private final ScheduledExecutorService thread;
    private boolean retryPending;

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
        if (!stored) {
            scheduleRetry();
        }
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
        thread.schedule(() -> {
            synchronized (this) {
                retryPending = false;
            }
            now();
        }, RETRY_SECONDS, TimeUnit.SECONDS);
    }
}
