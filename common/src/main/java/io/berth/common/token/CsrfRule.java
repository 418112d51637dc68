package io.berth.common.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Harbor's CSRF rule for a caller with a browser session, the same in auth-service's API, ui-service's
 * API and the console: a request that may change state (any method but GET, HEAD and OPTIONS) must
 * present the session's token ({@link TokenClaims#CSRF_HEADER}, or the console's form field), compared
 * in constant time.
 */
public final class CsrfRule {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CsrfRule() {
    }

    /** Whether {@code method} is one that changes nothing, so needs no token. */
    public static boolean safe(String method) {
        return SAFE.contains(method);
    }

    /** Whether {@code presented} is the session's token {@code expected} (never for an empty one). */
    public static boolean matches(String expected, String presented) {
        return expected != null && !expected.isEmpty() && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a request of {@code method} presenting {@code presented} may go on. */
    public static boolean satisfied(String method, String expected, String presented) {
        return safe(method) || matches(expected, presented);
    }
}
