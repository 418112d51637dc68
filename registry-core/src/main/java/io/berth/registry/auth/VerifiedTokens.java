package io.berth.registry.auth;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and claims have been checked, by their exact text, until they expire.
 * A client sends the same token with every request of a pull or push; checking its RS256
 * signature (a 4096-bit RSA operation) and parsing its JSON again each time costs about 170 µs,
 * a third of what a manifest HEAD costs registry-core. Only tokens that passed verification are
 * kept, so a forged or altered one never matches; at most {@code capacity} entries (expired ones
 * go first, then all), so the memory stays bounded however many clients come.
 */
final class VerifiedTokens {

    private record Entry(Access access, Instant usableUntil) {
    }

    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** What {@code token} grants if it was verified and is still usable at {@code now}, else null. */
    Access find(String token, Instant now) {
        Entry e = entries.get(token);
        if (e == null) {
            return null;
        }
        if (now.isAfter(e.usableUntil())) {
            entries.remove(token, e);
            return null;
        }
        return e.access();
    }

    /** Remembers a verified token; {@code usableUntil} is its expiry plus the accepted clock skew. */
    void remember(String token, Access access, Instant usableUntil, Instant now) {
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> now.isAfter(e.usableUntil()));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(access, usableUntil));
    }

    int size() {
        return entries.size();
    }
}
