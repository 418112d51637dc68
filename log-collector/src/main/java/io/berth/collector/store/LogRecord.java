package io.berth.collector.store;

/**
 * One line to store: the file it belongs to (a sanitized tag) and its text without line end.
 *
 * @param tag  file name stem, safe to join to the log folder
 * @param line the text to append
 */
public record LogRecord(String tag, String line) {

    /** Where malformed messages go, kept as received. */
    public static final String UNPARSED = "unparsed";

    public static LogRecord unparsed(String raw) {
        return new LogRecord(UNPARSED, raw);
    }
}
