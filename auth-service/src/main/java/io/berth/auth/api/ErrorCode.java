package io.berth.auth.api;

/** Harbor v2.0's error codes (api/v2.0/swagger.yaml; docs/protocols.md §4), each once with its HTTP status. */
public enum ErrorCode {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    PRECONDITION(412),
    TOO_MANY_REQUEST(429),
    UNKNOWN(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
