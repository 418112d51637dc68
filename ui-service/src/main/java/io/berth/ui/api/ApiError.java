package io.berth.ui.api;

/** Harbor's management-API error codes and their HTTP statuses: the one catalogue for /api/. */
public enum ApiError {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    PRECONDITION(412),
    UNSUPPORTED_MEDIA_TYPE(415),
    TOO_MANY_REQUEST(429),
    UNKNOWN(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ApiError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code Harbor uses for a bare HTTP status (unmatched routes, framework rejections). */
    public static ApiError forStatus(int status) {
        for (ApiError e : values()) {
            if (e.status == status) {
                return e;
            }
        }
        return status >= 500 ? UNKNOWN : BAD_REQUEST;
    }
}
