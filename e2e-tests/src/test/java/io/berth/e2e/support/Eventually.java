package io.berth.e2e.support;

import java.time.Duration;

/**
 * Waits on a condition, never on the clock: polls until the probe answers non-null and fails
 * with what was awaited once a generous deadline passes. The deadlines are far above what the
 * awaited work takes on an idle machine, so a loaded 2-core CI runner cannot trip them; they
 * only end a wait for something that never happens.
 */
public final class Eventually {

    /**
     * Registry events reach ui-service through registry-core's outbox, whose retries back off up
     * to 2 minutes: a delivery that failed once (ui-service restarting, a slow answer) may wait
     * that long before the next attempt.
     */
    public static final Duration EVENTS = Duration.ofMinutes(4);
    /** Settings reach auth-service through a short cache; a log line reaches log-collector in seconds. */
    public static final Duration SETTINGS = Duration.ofMinutes(2);

    private Eventually() {
    }

    /** Polls {@code probe} until it answers non-null (returned) or {@code deadline} passes (AssertionError). */
    public static <T> T await(String what, Duration deadline, Probe<T> probe) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        long pause = 100;
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what);
            }
            Thread.sleep(pause);
            pause = Math.min(2_000, pause * 2);
        }
    }

    /** {@link #await} for a yes/no condition. */
    public static void awaitTrue(String what, Duration deadline, Condition condition) throws Exception {
        await(what, deadline, () -> condition.holds() ? Boolean.TRUE : null);
    }

    /** Whether the condition comes to hold before the deadline (for callers that assert on the outcome). */
    public static boolean holdsWithin(Duration deadline, Condition condition) throws Exception {
        try {
            awaitTrue("condition", deadline, condition);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /** A probe that may do I/O; null means "not yet". */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    /** A condition that may do I/O. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }
}
