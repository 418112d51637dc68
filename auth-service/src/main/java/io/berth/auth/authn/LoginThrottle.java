package io.berth.auth.authn;

import io.berth.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per user name: after n consecutive failures, the next attempt waits
 * base × 2^(n-1), capped; a success or the failure window passing forgets the failures. Kept
 * in memory, so each instance counts the failures it saw.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Duration base;
    private final Duration max;
    private final Duration window;
    private final Clock clock;

    public LoginThrottle(AuthConfig config) {
        this.base = Duration.ofMillis(config.login().failureDelayMillis());
        this.max = Duration.ofSeconds(config.login().failureDelayMaxSeconds());
        this.window = Duration.ofSeconds(config.login().failureWindowSeconds());
        this.clock = Clock.systemUTC();
    }

    /** How long an attempt for this user name must wait before it is checked. */
    public Duration delayFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.last.plus(window).isBefore(clock.instant())) {
            return Duration.ZERO;
        }
        long factor = 1L << Math.min(f.count - 1, 20);
        Duration d = base.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }

    public void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last.plus(window).isBefore(now));
        }
        failures.compute(key(username), (k, f) -> f == null || f.last.plus(window).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
