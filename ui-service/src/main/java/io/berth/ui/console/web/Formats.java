package io.berth.ui.console.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.util.Locale;

/** How the console writes sizes, digests and times (times are turned local by the browser). */
@TemplateExtension
public final class Formats {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Formats() {
    }

    /** {@code 1536} → {@code 1.5 KiB}. */
    public static String bytes(long size) {
        double v = size;
        int unit = 0;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? size + " B" : String.format(Locale.ROOT, "%.1f %s", v, UNITS[unit]);
    }

    /** {@code sha256:0123456789abcdef...} → {@code sha256:0123456789ab}. */
    public static String shortDigest(String digest) {
        if (digest == null) {
            return "";
        }
        int colon = digest.indexOf(':');
        return digest.length() > colon + 13 ? digest.substring(0, colon + 13) : digest;
    }

    /** ISO-8601 in UTC for {@code <time datetime>}; the browser shows it in its own zone and locale. */
    public static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }

    /** The same time readable without script: {@code 2024-05-01 12:30 UTC}. */
    public static String utc(Instant t) {
        return t == null ? "" : t.toString().replace('T', ' ').replaceFirst(":\\d\\d(\\.\\d+)?Z$", " UTC");
    }
}
