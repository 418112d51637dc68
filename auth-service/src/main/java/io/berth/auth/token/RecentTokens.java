package io.berth.auth.token;

import io.berth.auth.token.RegistryTokenIssuer.IssuedToken;
import io.berth.common.internal.AccessQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Registry tokens signed in the last seconds, handed out again for the same subject, the same
 * granted access and the same lifetime. Docker clients ask for a token per repository and
 * operation, many at once (a pull of several images, a CI fleet pulling one), and each signature
 * costs CPU: under a millisecond with prepare's EC key, tens of milliseconds with a 4096-bit RSA
 * key carried over from Harbor. A token handed out again is the one a fresh request would get,
 * only a few seconds older: the access is decided anew on every request (the key is what was
 * granted, so a lost role or a deleted account gets a new token, or none), and it expires when it
 * would have.
 */
@ApplicationScoped
public class RecentTokens {

    /** How long a token is handed out again; at most a tenth of its lifetime. */
    static final Duration REUSE_FOR = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, IssuedToken> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public RecentTokens() {
        this(Clock.systemUTC());
    }

    RecentTokens(Clock clock) {
        this.clock = clock;
    }

    /** A token signed for exactly this subject, access and lifetime moments ago, else a new one from {@code sign}. */
    IssuedToken reuseOrSign(String subject, List<AccessQuestion.Resource> access, int lifetimeSeconds,
            Supplier<IssuedToken> sign) {
        String key = key(subject, access, lifetimeSeconds);
        Instant now = clock.instant();
        IssuedToken known = recent.get(key);
        if (known != null && young(known, now)) {
            return known;
        }
        IssuedToken fresh = sign.get();
        if (recent.size() >= MAX_ENTRIES) {
            recent.clear();
        }
        recent.put(key, fresh);
        return fresh;
    }

    private static boolean young(IssuedToken token, Instant now) {
        Duration window = Duration.ofSeconds(token.expiresIn()).dividedBy(10);
        if (window.compareTo(REUSE_FOR) > 0) {
            window = REUSE_FOR;
        }
        return !now.isBefore(token.issuedAt()) && now.isBefore(token.issuedAt().plus(window));
    }

    private static String key(String subject, List<AccessQuestion.Resource> access, int lifetimeSeconds) {
        StringBuilder key = new StringBuilder().append(subject == null ? "" : subject).append('\n').append(lifetimeSeconds);
        for (AccessQuestion.Resource r : access) {
            key.append('\n').append(r.type()).append('\0').append(r.name()).append('\0').append(String.join(",", r.actions()));
        }
        return key.toString();
    }
}
