package io.berth.ui.console.web;

/**
 * A console request that cannot be answered with its page: the error page shows {@code status}
 * with the localized message {@code key} (a {@link Msg} method name).
 */
public class ConsoleFailure extends RuntimeException {

    private final int status;
    private final String key;

    public ConsoleFailure(int status, String key) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public static ConsoleFailure forbidden() {
        return new ConsoleFailure(403, "error_forbidden");
    }

    public static ConsoleFailure notFound() {
        return new ConsoleFailure(404, "error_not_found");
    }
}
