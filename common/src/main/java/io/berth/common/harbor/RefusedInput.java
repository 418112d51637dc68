package io.berth.common.harbor;

import java.sql.SQLException;

/**
 * Failures that are the client's bad input surfacing deep down, to answer 400 rather than 500:
 * a value the database cannot store (SQL state class 22, "data exception" in SQL:2016: a string
 * longer than its column, a number out of range) and a percent-encoding that does not decode
 * (RFC 3986 2.1: {@code %} must be followed by two hex digits), which the JAX-RS form and
 * parameter decoders report as a bare IllegalArgumentException.
 */
public final class RefusedInput {

    private RefusedInput() {
    }

    /** The message to answer with when {@code failure} is bad input, else null. */
    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
                return "a value is too long or out of range";
            }
            if (t instanceof IllegalArgumentException && fromUrlDecoder(t)) {
                return "malformed percent-encoding";
            }
        }
        return null;
    }

    private static boolean fromUrlDecoder(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(3, stack.length); i++) {
            String type = stack[i].getClassName();
            if (type.endsWith(".URLUtils") || type.endsWith(".URIDecoder") || type.equals("java.net.URLDecoder")) {
                return true;
            }
        }
        return false;
    }
}
