package io.berth.auth.token;

import io.berth.auth.token.RegistryTokenIssuer.IssuedToken;
import io.berth.common.internal.AccessQuestion.Resource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RecentTokensTest {

    private static final List<Resource> PULL = List.of(new Resource("repository", "library/app", List.of("pull")));
    private static final List<Resource> PULL_PUSH = List.of(new Resource("repository", "library/app", List.of("pull", "push")));

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private final AtomicInteger signed = new AtomicInteger();
    private final RecentTokens recent = new RecentTokens(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private Supplier<IssuedToken> signer(int lifetime) {
        return () -> new IssuedToken("jwt-" + signed.incrementAndGet(), lifetime, now);
    }

    @Test
    void theSameGrantWithinSecondsGetsTheSameToken() {
        IssuedToken first = recent.reuseOrSign("tom", PULL, 1800, signer(1800));
        now = now.plusSeconds(29);
        assertEquals(first, recent.reuseOrSign("tom", PULL, 1800, signer(1800)));
        assertEquals(1, signed.get());
    }

    @Test
    void anOlderTokenIsNotHandedOut() {
        IssuedToken first = recent.reuseOrSign("tom", PULL, 1800, signer(1800));
        now = now.plus(RecentTokens.REUSE_FOR);
        assertNotEquals(first, recent.reuseOrSign("tom", PULL, 1800, signer(1800)));
    }

    @Test
    void aShortLifetimeShortensTheWindowToATenth() {
        IssuedToken first = recent.reuseOrSign("tom", PULL, 60, signer(60));
        now = now.plusSeconds(5);
        assertEquals(first, recent.reuseOrSign("tom", PULL, 60, signer(60)));
        now = now.plusSeconds(1);
        assertNotEquals(first, recent.reuseOrSign("tom", PULL, 60, signer(60)));
    }

    @Test
    void anotherSubjectGrantOrLifetimeGetsItsOwnToken() {
        IssuedToken tom = recent.reuseOrSign("tom", PULL, 1800, signer(1800));
        assertNotEquals(tom, recent.reuseOrSign("una", PULL, 1800, signer(1800)));
        assertNotEquals(tom, recent.reuseOrSign("tom", PULL_PUSH, 1800, signer(1800)));
        assertNotEquals(tom, recent.reuseOrSign("tom", List.of(), 1800, signer(1800)));
        assertNotEquals(tom, recent.reuseOrSign("tom", PULL, 600, signer(600)));
        assertEquals(5, signed.get());
    }

    @Test
    void aClockSetBackDoesNotRevive() {
        IssuedToken first = recent.reuseOrSign("tom", PULL, 1800, signer(1800));
        now = now.minus(Duration.ofSeconds(10));
        assertNotEquals(first, recent.reuseOrSign("tom", PULL, 1800, signer(1800)));
    }
}
