package io.berth.gateway.proxy;

import io.vertx.core.http.HttpServerResponse;

/**
 * The gateway's own answers, in the Harbor error shape
 * {@code {"errors":[{"code":"...","message":"..."}]}}. Upstream errors pass through untouched.
 */
public enum GatewayError {
    NOT_FOUND(404, "NOT_FOUND", "not found"),
    BAD_GATEWAY(502, "BAD_GATEWAY", "upstream service unavailable");

    private final int status;
    private final String code;
    private final String message;

    GatewayError(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    public int status() {
        return status;
    }

    /** Writes this error, unless the response has already started (then the caller resets it). */
    public void send(HttpServerResponse response) {
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        String body = "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}";
        response.headers().clear();
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body);
    }
}
