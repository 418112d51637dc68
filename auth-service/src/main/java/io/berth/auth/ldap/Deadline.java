package io.berth.auth.ldap;

import java.time.Duration;

/** One login's time budget: every LDAP operation of the login gets only what is left of it. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /** Milliseconds left; throws when the budget is spent, so no operation starts late. */
    long remainingMillis() {
        long left = (endNanos - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
            throw new LdapUnavailableException("ldap operation timed out");
        }
        return left;
    }

    Duration remaining() {
        return Duration.ofMillis(remainingMillis());
    }
}
