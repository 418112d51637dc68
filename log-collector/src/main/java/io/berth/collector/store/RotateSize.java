package io.berth.collector.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** harbor.cfg's {@code log_rotate_size}: bytes, or a number with k, M or G (powers of 1024). */
public final class RotateSize {

    private static final Pattern SIZE = Pattern.compile("^\\s*(\\d+)\\s*([kKmMgG]?)[bB]?\\s*$");

    private RotateSize() {
    }

    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("collector.rotate-size must be a size like 200M, 512k or 1048576: " + text);
        }
        long value = Long.parseLong(m.group(1));
        long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> value << 10;
            case "m" -> value << 20;
            case "g" -> value << 30;
            default -> value;
        };
        if (bytes <= 0) {
            throw new IllegalArgumentException("collector.rotate-size must be positive: " + text);
        }
        return bytes;
    }
}
