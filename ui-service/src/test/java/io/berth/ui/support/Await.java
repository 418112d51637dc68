package io.berth.ui.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits on a condition with a generous deadline (a loaded 2-core machine is slow), never a fixed sleep. */
public final class Await {

    public static final Duration DEADLINE = Duration.ofSeconds(90);

    private Await() {
    }

    /** The first non-null value {@code probe} answers, polled until the deadline. */
    public static <T> T value(String what, Supplier<T> probe) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("gave up waiting after " + DEADLINE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting: " + what);
            }
        }
    }
}
