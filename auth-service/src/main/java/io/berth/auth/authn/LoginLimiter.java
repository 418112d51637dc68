package io.berth.auth.authn;

import io.berth.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Limits password guessing the way OWASP's authentication cheat sheet recommends, without ever
 * locking an account: wrong guesses are counted per client address and user name, per address
 * (over all names: spraying) and per name (over all addresses: distributed guessing), and only a
 * source that guessed wrong is made to wait. The account's owner elsewhere, or any source that
 * has not failed for that name, is never held back by someone else's failures.
 *
 * <p>A guess counts from the moment it is checked, so a burst of concurrent guesses is limited
 * like a sequence; repeating the same password is not a new guess, so a client retrying stale
 * credentials, or a CI fleet logging in at once, does not lock itself out. Past its free guesses
 * a source waits {@code lockout} × 2^(extra guesses − 1), capped, after its last one; guesses
 * older than the window are forgotten. State is kept in memory, per instance.
 */
@ApplicationScoped
public class LoginLimiter {

    /** Distinct entries kept per counter; past it the wait is at its cap anyway. */
    private static final int MAX_ENTRIES = 64;
    private static final int MAX_TRACKED = 100_000;

    /** The limits; see {@link AuthConfig.Login}. */
    public record Limits(Duration lockout, Duration maxLockout, Duration window, int freeGuesses,
            int freeNamesPerAddress, int freeGuessesPerName) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Mac mac;
    /** Per "address\nname": the distinct passwords guessed. */
    private final Map<String, Guesses> pairs = new HashMap<>();
    /** Per address: the distinct names guessed for. */
    private final Map<String, Guesses> addresses = new HashMap<>();
    /** Per name: the distinct passwords guessed from anywhere. */
    private final Map<String, Guesses> names = new HashMap<>();

    @Inject
    public LoginLimiter(AuthConfig config) {
        this(new Limits(Duration.ofMillis(config.login().lockoutMillis()),
                Duration.ofSeconds(config.login().lockoutMaxSeconds()),
                Duration.ofSeconds(config.login().failureWindowSeconds()), config.login().freeGuesses(),
                config.login().freeNamesPerAddress(), config.login().freeGuessesPerName()), Clock.systemUTC());
    }

    LoginLimiter(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            // guesses are kept as keyed hashes: never the password, nor a hash anyone can reverse
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    /**
     * Registers a guess about to be checked; {@link LoginLockedException} when this source must
     * wait first. The answer must be reported with {@link #succeeded}, {@link #failed} or
     * {@link #abandoned}.
     */
    public synchronized Attempt begin(String address, String username, String password) {
        Instant now = clock.instant();
        Attempt a = new Attempt(source(address), target(username), guess(password));
        String pairKey = a.source + "\n" + a.target;
        Guesses pair = live(pairs, pairKey, now);
        Guesses fromSource = live(addresses, a.source, now);
        Guesses forName = live(names, a.target, now);
        Instant until = later(until(pair, limits.freeGuesses()), until(fromSource, limits.freeNamesPerAddress()));
        if (pair != null && !pair.items.isEmpty()) {
            // under distributed guessing, every source that already guessed wrong waits
            until = later(until, until(forName, limits.freeGuessesPerName()));
        }
        if (until != null && until.isAfter(now)) {
            throw new LoginLockedException(Duration.between(now, until));
        }
        a.newInPair = add(pairs, pairKey, a.guess, now);
        a.newInSource = add(addresses, a.source, a.target, now);
        a.newInName = add(names, a.target, a.guess, now);
        return a;
    }

    /** The password was right: this source's guesses at this name are forgotten. */
    public synchronized void succeeded(Attempt a) {
        pairs.remove(a.source + "\n" + a.target);
        remove(addresses, a.source, a.target);
        remove(names, a.target, a.guess);
    }

    /** The password was wrong: the guess stays counted, its wait starting now. */
    public synchronized void failed(Attempt a) {
        Instant now = clock.instant();
        touch(pairs.get(a.source + "\n" + a.target), now);
        touch(addresses.get(a.source), now);
        touch(names.get(a.target), now);
    }

    /** No answer could be had (a directory or database outage): the guess is not counted. */
    public synchronized void abandoned(Attempt a) {
        if (a.newInPair) {
            remove(pairs, a.source + "\n" + a.target, a.guess);
        }
        if (a.newInSource) {
            remove(addresses, a.source, a.target);
        }
        if (a.newInName) {
            remove(names, a.target, a.guess);
        }
    }

    private Instant until(Guesses g, int free) {
        if (g == null || g.items.size() <= free) {
            return null;
        }
        int extra = g.items.size() - free - 1;
        Duration wait = extra >= 30 ? limits.maxLockout() : limits.lockout().multipliedBy(1L << extra);
        return g.last.plus(wait.compareTo(limits.maxLockout()) > 0 ? limits.maxLockout() : wait);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private Guesses live(Map<String, Guesses> map, String key, Instant now) {
        Guesses g = map.get(key);
        if (g != null && expired(g, now)) {
            map.remove(key);
            return null;
        }
        return g;
    }

    private boolean expired(Guesses g, Instant now) {
        return g.last.plus(limits.window()).isBefore(now);
    }

    /** Adds an entry; true when it was not there before. */
    private boolean add(Map<String, Guesses> map, String key, Object entry, Instant now) {
        Guesses g = map.get(key);
        if (g == null) {
            if (map.size() >= MAX_TRACKED) {
                map.values().removeIf(x -> expired(x, now));
                if (map.size() >= MAX_TRACKED) {
                    // full of live entries: new keys go uncounted; the other two counters still hold
                    return false;
                }
            }
            g = new Guesses();
            map.put(key, g);
        }
        g.last = now;
        return g.items.size() < MAX_ENTRIES && g.items.add(entry);
    }

    private static void remove(Map<String, Guesses> map, String key, Object entry) {
        Guesses g = map.get(key);
        if (g != null && g.items.remove(entry) && g.items.isEmpty()) {
            map.remove(key);
        }
    }

    private static void touch(Guesses g, Instant now) {
        if (g != null) {
            g.last = now;
        }
    }

    /**
     * The name as every account source could read it: case, compatibility forms and surrounding or
     * repeated white space folded, so no spelling of one name gets a counter of its own.
     */
    static String target(String username) {
        String n = Normalizer.normalize(username == null ? "" : username, Normalizer.Form.NFKC);
        return n.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** An IPv6 client is counted by its /64: one host usually holds the whole prefix. */
    static String source(String address) {
        if (address == null || address.isEmpty()) {
            return "";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            InetAddress a = InetAddress.getByName(address);
            if (a instanceof Inet6Address) {
                byte[] prefix = new byte[16];
                System.arraycopy(a.getAddress(), 0, prefix, 0, 8);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return a.getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    private long guess(String password) {
        byte[] digest;
        synchronized (mac) {
            digest = mac.doFinal((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
        }
        return ByteBuffer.wrap(digest).getLong();
    }

    /** One guess being checked. */
    public static final class Attempt {
        private final String source;
        private final String target;
        private final long guess;
        private boolean newInPair;
        private boolean newInSource;
        private boolean newInName;

        private Attempt(String source, String target, long guess) {
            this.source = source;
            this.target = target;
            this.guess = guess;
        }
    }

    private static final class Guesses {
        private final Set<Object> items = new HashSet<>();
        private Instant last;
    }
}
