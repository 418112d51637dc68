package io.berth.registry.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.token.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    static final Access DEV = new Access("dev", List.of(new Scope("repository", "p/r", Set.of("pull"))), false);

    @Test
    void aVerifiedTokenIsKnownUntilItsEndAndForgottenAfter() {
        VerifiedTokens tokens = new VerifiedTokens(8);
        tokens.remember("a.b.c", DEV, T0.plusSeconds(300), T0);
        assertSame(DEV, tokens.find("a.b.c", T0.plusSeconds(299)));
        assertSame(DEV, tokens.find("a.b.c", T0.plusSeconds(300)));
        assertNull(tokens.find("a.b.c", T0.plusSeconds(301)));
        assertEquals(0, tokens.size());
        // once expired it stays unknown, even at an earlier time: it must be verified again (and is refused)
        assertNull(tokens.find("a.b.c", T0));
    }

    @Test
    void onlyTheExactTextMatches() {
        VerifiedTokens tokens = new VerifiedTokens(8);
        tokens.remember("a.b.c", DEV, T0.plusSeconds(300), T0);
        assertNull(tokens.find("a.b.C", T0));
        assertNull(tokens.find("a.b.c ", T0));
        assertNull(tokens.find("a.b.cAAAA", T0));
    }

    @Test
    void expiredEntriesMakeRoomFirstAndTheSizeStaysBounded() {
        VerifiedTokens tokens = new VerifiedTokens(4);
        tokens.remember("old1", DEV, T0.plusSeconds(10), T0);
        tokens.remember("old2", DEV, T0.plusSeconds(10), T0);
        tokens.remember("live1", DEV, T0.plusSeconds(600), T0);
        tokens.remember("live2", DEV, T0.plusSeconds(600), T0);
        Instant later = T0.plusSeconds(60);
        tokens.remember("new", DEV, T0.plusSeconds(600), later);
        assertEquals(3, tokens.size());
        assertSame(DEV, tokens.find("live1", later));
        assertSame(DEV, tokens.find("live2", later));
        assertSame(DEV, tokens.find("new", later));
        for (int i = 0; i < 100; i++) {
            tokens.remember("t" + i, DEV, T0.plusSeconds(600), later);
            assertTrue(tokens.size() <= 4, "size " + tokens.size());
        }
        assertSame(DEV, tokens.find("t99", later));
    }
}
