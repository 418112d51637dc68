package io.berth.auth.api;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import java.util.Map;

/** A failure with its Harbor code and a message safe to show; extra headers when one applies. */
public class ApiException extends HarborException {

    public ApiException(HarborError code, String message) {
        super(code, message);
    }

    public ApiException(HarborError code, String message, Map<String, String> headers) {
        super(code, message, headers);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HarborError.BAD_REQUEST, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(HarborError.UNAUTHORIZED, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HarborError.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HarborError.NOT_FOUND, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HarborError.CONFLICT, message);
    }
}
