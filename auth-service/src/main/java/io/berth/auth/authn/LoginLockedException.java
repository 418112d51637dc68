package io.berth.auth.authn;

import java.time.Duration;

/** This source guessed wrong too often: it must wait before its next password is checked. */
public class LoginLockedException extends RuntimeException {

    private final Duration wait;

    public LoginLockedException(Duration wait) {
        super("too many failed logins from this address, retry later", null, false, false);
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one: the {@code Retry-After} value. */
    public long retryAfterSeconds() {
        long s = (wait.toMillis() + 999) / 1000;
        return Math.max(1, s);
    }
}
