package io.berth.common.harbor;

import java.util.Map;

/**
 * A failure with a Harbor error code and a message safe to show, plus the headers that go with
 * it (Retry-After, a challenge). Each service's one exception mapper writes it as
 * {@link HarborErrorBody}.
 */
public class HarborException extends RuntimeException {

    /** Seconds a client is asked to wait when a peer service or the database is down. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private final HarborError error;
    private final Map<String, String> headers;

    public HarborException(HarborError error, String message) {
        this(error, message, Map.of());
    }

    public HarborException(HarborError error, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public HarborError error() {
        return error;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static HarborException badRequest(String message) {
        return new HarborException(HarborError.BAD_REQUEST, message);
    }

    public static HarborException unauthorized() {
        return new HarborException(HarborError.UNAUTHORIZED, "unauthorized");
    }

    /** 401 with a message of its own (a wrong password, an expired session), no challenge. */
    public static HarborException unauthorized(String message) {
        return new HarborException(HarborError.UNAUTHORIZED, message);
    }

    public static HarborException forbidden() {
        return new HarborException(HarborError.FORBIDDEN, "forbidden");
    }

    public static HarborException forbidden(String message) {
        return new HarborException(HarborError.FORBIDDEN, message);
    }

    public static HarborException notFound(String message) {
        return new HarborException(HarborError.NOT_FOUND, message);
    }

    public static HarborException conflict(String message) {
        return new HarborException(HarborError.CONFLICT, message);
    }

    /**
     * A unique key that lost a race with a concurrent insert: the same 409 the services' early
     * checks give, in one wording for every service.
     */
    public static HarborException alreadyExists() {
        return conflict("resource already exists");
    }

    /** A temporary outage of something this service depends on: 503 with Retry-After. */
    public static HarborException unavailable(String message) {
        return retryAfter(HarborError.SERVICE_UNAVAILABLE, message, RETRY_AFTER_SECONDS);
    }

    /**
     * A refusal the client may try again after {@code seconds} (429, 503), answered with
     * {@code Retry-After} (RFC 9110 10.2.3): a peer's own wait is passed on this way.
     */
    public static HarborException retryAfter(HarborError error, String message, long seconds) {
        return new HarborException(error, message, Map.of("Retry-After", Long.toString(seconds)));
    }
}
