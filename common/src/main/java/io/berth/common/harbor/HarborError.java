package io.berth.common.harbor;

/**
 * Harbor's management-API error codes (its {@code lib/errors} constants) with their HTTP
 * statuses: the one catalogue every {@code /api/} service answers with. Harbor has no code of its
 * own for a peer that is down; {@link #SERVICE_UNAVAILABLE} is Berth's, sent with Retry-After.
 */
public enum HarborError {
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

    HarborError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code for a bare HTTP status (unmatched routes, framework rejections). */
    public static HarborError forStatus(int status) {
        for (HarborError e : values()) {
            if (e.status == status) {
                return e;
            }
        }
        return status >= 500 ? UNKNOWN : BAD_REQUEST;
    }
}
