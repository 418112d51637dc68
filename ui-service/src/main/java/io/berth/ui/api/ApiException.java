package io.berth.ui.api;

/** A failure with a Harbor error code; turned into the error body by {@link ApiExceptionMapper}. */
public class ApiException extends RuntimeException {

    private final ApiError error;
    private final long retryAfterSeconds;

    public ApiException(ApiError error, String message) {
        this(error, message, 0);
    }

    /** A failure to retry later: answered with {@code Retry-After} (429, 503). */
    public ApiException(ApiError error, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ApiError error() {
        return error;
    }

    /** Seconds for {@code Retry-After}; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ApiError.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ApiError.NOT_FOUND, message);
    }

    public static ApiException forbidden() {
        return new ApiException(ApiError.FORBIDDEN, "forbidden");
    }

    public static ApiException unauthorized() {
        return new ApiException(ApiError.UNAUTHORIZED, "unauthorized");
    }

    public static ApiException conflict(String message) {
        return new ApiException(ApiError.CONFLICT, message);
    }
}
