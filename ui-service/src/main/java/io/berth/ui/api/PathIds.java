package io.berth.ui.api;

import java.util.Optional;

/**
 * Numeric ids in paths ({@code /registries/{id}}, {@code /members/{mid}}, {@code /system/gc/{id}}):
 * a segment that is not one names nothing, so the caller answers 404 as for an unknown number,
 * never a 400 from a failed parse (a literal sibling such as {@code /registries/ping} asked with
 * the wrong method lands here too).
 */
public final class PathIds {

    private PathIds() {
    }

    public static Optional<Long> parse(String segment) {
        if (segment == null || !segment.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(segment));
    }

    /** The id, or {@link #NONE} (which matches no row) so the usual checks run first and then find nothing. */
    public static long orNone(String segment) {
        return parse(segment).orElse(NONE);
    }

    /** Ids are positive: no row has this one. */
    public static final long NONE = -1;
}
