package io.berth.auth.authn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The guessing limits on a clock the test moves: who waits, how long, and who never does. */
class LoginLimiterTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OWNER = "198.51.100.9";

    private final MovableClock clock = new MovableClock();
    private final LoginLimiter limiter = new LoginLimiter(new LoginLimiter.Limits(Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofMinutes(15), 3, 10, 20), clock);

    private void wrong(String address, String user, String password) {
        limiter.failed(limiter.begin(address, user, password));
    }

    private void right(String address, String user, String password) {
        limiter.succeeded(limiter.begin(address, user, password));
    }

    private long locked(String address, String user, String password) {
        return assertThrows(LoginLockedException.class, () -> limiter.begin(address, user, password))
                .retryAfterSeconds();
    }

    @Test
    void aSourcePastItsFreeGuessesWaitsLongerWithEveryGuessUpToTheCap() {
        for (int i = 1; i <= 4; i++) {
            wrong(ATTACKER, "gus", "guess-" + i);
        }
        assertEquals(1, locked(ATTACKER, "gus", "Gus12345a"), "even the right password waits for this source");
        clock.advance(Duration.ofSeconds(1));
        wrong(ATTACKER, "gus", "guess-5");
        assertEquals(2, locked(ATTACKER, "gus", "guess-6"));
        clock.advance(Duration.ofSeconds(2));
        wrong(ATTACKER, "gus", "guess-6");
        assertEquals(4, locked(ATTACKER, "gus", "guess-7"));
        for (int i = 7; i < 20; i++) {
            clock.advance(Duration.ofSeconds(31));
            wrong(ATTACKER, "gus", "guess-" + i);
        }
        assertEquals(30, locked(ATTACKER, "gus", "guess-20"), "capped");
    }

    @Test
    void theOwnerElsewhereIsNeverHeldBack() {
        for (int i = 1; i <= 8; i++) {
            clock.advance(Duration.ofSeconds(40));
            wrong(ATTACKER, "gus", "guess-" + i);
        }
        locked(ATTACKER, "gus", "Gus12345a");
        right(OWNER, "gus", "Gus12345a");
        right(OWNER, "gus", "Gus12345a");
    }

    @Test
    void guessesSpreadOverManyAddressesHoldBackEverySourceThatGuessedWrongButNotTheOwner() {
        for (int bot = 1; bot <= 21; bot++) {
            wrong("192.0.2." + bot, "gus", "guess-" + bot);
        }
        // each bot guessed once, within its free guesses, but the name is under attack
        locked("192.0.2.1", "gus", "another-guess");
        locked("192.0.2.21", "gus", "another-guess");
        right(OWNER, "gus", "Gus12345a");
        // a source that never guessed wrong for this name is not held back either
        right("192.0.2.99", "gus", "Gus12345a");
    }

    @Test
    void sprayingManyNamesFromOneAddressHoldsThatAddressBackForEveryName() {
        for (int i = 1; i <= 11; i++) {
            wrong(ATTACKER, "user-" + i, "Winter2024!");
        }
        locked(ATTACKER, "someone-else", "Winter2024!");
        right(OWNER, "user-1", "User1pass");
    }

    @Test
    void repeatingTheSamePasswordIsNotANewGuess() {
        for (int i = 0; i < 50; i++) {
            wrong(ATTACKER, "gus", "stale-Password1");
        }
        wrong(ATTACKER, "gus", "other-1");
        wrong(ATTACKER, "gus", "other-2");
        right(ATTACKER, "gus", "Gus12345a");
    }

    @Test
    void concurrentGuessesCountBeforeTheyAreAnswered() {
        limiter.begin(ATTACKER, "gus", "guess-1");
        limiter.begin(ATTACKER, "gus", "guess-2");
        limiter.begin(ATTACKER, "gus", "guess-3");
        limiter.begin(ATTACKER, "gus", "guess-4");
        locked(ATTACKER, "gus", "guess-5");
        // a fleet logging in with one right password at once is never stopped
        for (int i = 0; i < 20; i++) {
            limiter.begin(OWNER, "gus", "Gus12345a");
        }
    }

    @Test
    void aSuccessForgetsThatSourcesGuessesAndOldGuessesExpire() {
        for (int i = 1; i <= 3; i++) {
            wrong(ATTACKER, "gus", "guess-" + i);
        }
        right(ATTACKER, "gus", "Gus12345a");
        for (int i = 4; i <= 6; i++) {
            wrong(ATTACKER, "gus", "guess-" + i);
        }
        wrong(ATTACKER, "gus", "guess-7");
        locked(ATTACKER, "gus", "guess-8");
        clock.advance(Duration.ofMinutes(16));
        wrong(ATTACKER, "gus", "guess-8");
    }

    @Test
    void anAnswerThatCouldNotBeHadIsNoGuess() {
        for (int i = 1; i <= 10; i++) {
            limiter.abandoned(limiter.begin(ATTACKER, "gus", "guess-" + i));
        }
        wrong(ATTACKER, "gus", "guess-1");
        right(ATTACKER, "gus", "Gus12345a");
    }

    @Test
    void spellingsOfOneNameShareOneCounter() {
        wrong(ATTACKER, "gus", "guess-1");
        wrong(ATTACKER, "GUS", "guess-2");
        wrong(ATTACKER, " gus ", "guess-3");
        wrong(ATTACKER, "ｇｕｓ", "guess-4");
        locked(ATTACKER, "Gus", "guess-5");
    }

    @Test
    void anIpv6ClientIsCountedByItsPrefix() {
        for (int i = 1; i <= 4; i++) {
            wrong("2001:db8:1:2::" + i, "gus", "guess-" + i);
        }
        locked("2001:db8:1:2:ffff::1", "gus", "guess-5");
        right("2001:db8:1:3::1", "gus", "Gus12345a");
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
