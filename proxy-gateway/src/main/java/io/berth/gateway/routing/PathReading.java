package io.berth.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * How the services behind the gateway may read a request path. Vert.x' router matches the
 * normalized path as it is; RESTEasy (ui-service, auth-service) also drops each segment's matrix
 * parameters ({@code ;name=value}, RFC 3986 3.3) and empty segments, and percent-decodes what is
 * left. {@link #lenient} reads more into a path than any of them, so a decision taken on it holds
 * for every spelling they could take for the same path.
 */
final class PathReading {

    /** Enough for any honest path; more layers of encoding than that are read as they stand. */
    private static final int MAX_DECODING_ROUNDS = 4;

    private PathReading() {
    }

    /**
     * Whether {@link #lenient} reads the path as it stands, but for case and a trailing slash: no
     * percent-encoding, matrix parameters, backslashes, empty or dot segments. Most paths are so.
     */
    static boolean plain(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' || c == ';' || c == '\\' || c == '/' && i + 1 < path.length()
                    && (path.charAt(i + 1) == '/' || path.charAt(i + 1) == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The path with every segment's matrix parameters dropped, otherwise untouched. */
    static String withoutMatrixParameters(String path) {
        if (path.indexOf(';') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        boolean inParameters = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                inParameters = false;
            } else if (c == ';') {
                inParameters = true;
            }
            if (!inParameters) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The path percent-decoded until nothing changes, lower-cased, with {@code \} taken for
     * {@code /}, then segment by segment: matrix parameters dropped, empty and {@code .} segments
     * skipped, {@code ..} going up. Always starts with {@code /}.
     */
    static String lenient(String path) {
        String decoded = path;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            String next = percentDecode(decoded);
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        decoded = decoded.toLowerCase(Locale.ROOT).replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** Decodes every valid {@code %XX} (as UTF-8); anything else stays as it is. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int high = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(raw[i + 2], 16) : -1;
            if (low >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
