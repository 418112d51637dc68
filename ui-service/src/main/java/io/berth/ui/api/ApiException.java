package io.berth.ui.api;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;

/** ui-service's failures: a Harbor error code and a safe message, written by {@link ApiExceptionMapper}. */
public class ApiException extends HarborException {

    public ApiException(HarborError error, String message) {
        super(error, message);
    }

    /** A failure to retry later: answered with {@code Retry-After} (429, 503). */
    public ApiException(HarborError error, String message, long retryAfterSeconds) {
        super(error, message, retryAfterSeconds > 0
                ? java.util.Map.of("Retry-After", Long.toString(retryAfterSeconds)) : java.util.Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HarborError.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HarborError.NOT_FOUND, message);
    }

    public static ApiException forbidden() {
        return new ApiException(HarborError.FORBIDDEN, "forbidden");
    }

    public static ApiException unauthorized() {
        return new ApiException(HarborError.UNAUTHORIZED, "unauthorized");
    }

    public static ApiException conflict(String message) {
        return new ApiException(HarborError.CONFLICT, message);
    }
}
