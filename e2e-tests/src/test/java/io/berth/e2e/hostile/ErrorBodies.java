package io.berth.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.e2e.hostile.BadRequests.Probe;
import io.berth.e2e.hostile.RawHttp.Answer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges one answer to a malformed request: never a 5xx or a dropped connection, never a write
 * accepted (2xx to a POST, PUT, PATCH or DELETE: each probe is malformed), and every 4xx
 * in the protocol's own error format, {@code {"errors":[{"code","message"}]}} as JSON, with OCI's
 * codes on {@code /v2/} (OCI distribution spec, "Error Codes") and Harbor v2.0's elsewhere
 * (docs/protocols.md §1 and §4). A HEAD answer has no body to judge.
 */
final class ErrorBodies {

    static final Set<String> OCI_CODES = Set.of("BLOB_UNKNOWN", "BLOB_UPLOAD_INVALID", "BLOB_UPLOAD_UNKNOWN",
            "DIGEST_INVALID", "MANIFEST_BLOB_UNKNOWN", "MANIFEST_INVALID", "MANIFEST_UNKNOWN", "NAME_INVALID",
            "NAME_UNKNOWN", "SIZE_INVALID", "UNAUTHORIZED", "DENIED", "UNSUPPORTED", "TOOMANYREQUESTS",
            // distribution's own additions to the spec's list
            "TAG_INVALID", "PAGINATION_NUMBER_INVALID", "RANGE_INVALID", "MANIFEST_TOO_BIG", "UNAVAILABLE");
    static final Set<String> HARBOR_CODES = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND",
            "METHOD_NOT_ALLOWED", "CONFLICT", "PRECONDITION", "UNSUPPORTED_MEDIA_TYPE", "TOO_MANY_REQUEST");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /**
     * Whether a request target is not a valid URI (RFC 3986: a character outside the unreserved,
     * reserved and percent set, or a percent not followed by two hex digits). The gateway refuses
     * such a request before any route runs, so its answer is the gateway's.
     */
    static boolean invalidTarget(byte[] target) {
        for (int i = 0; i < target.length; i++) {
            int c = target[i] & 0xff;
            if (c == '%') {
                if (i + 2 >= target.length || !hex(target[i + 1]) || !hex(target[i + 2])) {
                    return true;
                }
            } else if (!(Character.isLetterOrDigit(c) && c < 0x80) && "-._~!$&'()*+,;=:@/?".indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** What is wrong with the answer, or null when it is a fine refusal (or success). */
    static String problem(Probe probe, Answer answer) {
        if (answer.status() < 0) {
            return "connection closed without an answer";
        }
        if (answer.status() >= 500) {
            return "answered " + answer.status();
        }
        if (answer.status() / 100 == 2 && probe.route().mutates()) {
            // every probe is malformed by construction: a write that succeeds took garbage for data
            return "accepted with " + answer.status();
        }
        if (answer.status() < 400 || "HEAD".equals(probe.method())) {
            return null;
        }
        String type = answer.header("content-type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html") && consolePath(probe)) {
            return null; // a path trick that lands outside the APIs gets the web console's HTML page
        }
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return answer.status() + " without a JSON error body (Content-Type " + type + ")";
        }
        JsonNode errors;
        try {
            errors = JSON.readTree(answer.body()).path("errors");
        } catch (Exception e) {
            return answer.status() + " with a body that is not JSON";
        }
        if (!errors.isArray() || errors.isEmpty()) {
            return answer.status() + " without an \"errors\" list";
        }
        Set<String> codes = expected(probe);
        for (JsonNode e : errors) {
            String code = e.path("code").asText("");
            if (!codes.contains(code)) {
                return answer.status() + " with code \"" + code + "\", not one of " + familyName(probe);
            }
            if (!e.path("message").isTextual()) {
                return answer.status() + " with an error without a message";
            }
        }
        return null;
    }

    /**
     * Whether the probe's path, read the most lenient way (percent-decoded, matrix parameters and
     * dot segments removed), leaves {@code /v2}, {@code /api}, {@code /service/token} and {@code /c}:
     * the web console's space, where a browser gets HTML.
     */
    static boolean consolePath(Probe probe) {
        String path = new String(probe.target(), java.nio.charset.StandardCharsets.ISO_8859_1);
        int q = path.indexOf('?');
        path = q < 0 ? path : path.substring(0, q);
        for (int i = 0; i < 3 && path.contains("%"); i++) {
            path = path.replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/").replaceAll("(?i)%3b", ";");
        }
        java.util.Deque<String> out = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            String s = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (s.equals("..")) {
                out.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                out.addLast(s);
            }
        }
        String first = out.isEmpty() ? "" : out.peekFirst();
        // the gateway sends /service/token alone to auth-service; any other /service path is ui-service's console
        return !List.of("v2", "api", "c").contains(first) && !String.join("/", out).equals("service/token");
    }

    /**
     * The codes a probe may get. Dot segments, encoded slashes and matrix parameters may move a
     * request to another service (the gateway removes dot segments before it routes, and
     * {@code /v2;x} is not under {@code /v2}), so such a probe may get either family's; any other
     * keeps its route's.
     */
    private static Set<String> expected(Probe probe) {
        String target = probe.targetText().toLowerCase(Locale.ROOT);
        // the token service speaks distribution's codes for what registry clients act on (429, 503)
        // and Harbor's for the rest
        if (target.contains("..") || probe.route().template().equals("/service/token") || target.contains("%2e") || target.contains("%2f") || target.contains("%5c")
                || target.contains(";")) {
            Set<String> both = new java.util.HashSet<>(OCI_CODES);
            both.addAll(HARBOR_CODES);
            return both;
        }
        return probe.route().family() == Route.Family.OCI ? OCI_CODES : HARBOR_CODES;
    }

    private static String familyName(Probe probe) {
        return probe.route().family() == Route.Family.OCI ? "the OCI codes" : "Harbor's codes";
    }
}
