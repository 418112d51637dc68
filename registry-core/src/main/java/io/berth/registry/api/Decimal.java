package io.berth.registry.api;

/**
 * Decimal numbers from request headers and parameters, read without ever throwing: a value no
 * {@code long} holds is a client's mistake to answer with an OCI error, never a 500.
 */
final class Decimal {

    private Decimal() {
    }

    /**
     * The value of a string of ASCII digits, {@link Long#MAX_VALUE} when it is larger than that
     * (a range end or length past any blob), -1 when it is empty or not only digits.
     */
    static long saturated(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
                return Long.MAX_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
