package io.berth.gateway.proxy;

import io.vertx.core.Future;
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
    public Future<Void> send(HttpServerResponse response) {
        if (response.headWritten() || response.ended() || response.closed()) {
            return Future.succeededFuture();
        }
        String body = "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}";
        String connection = response.headers().get("Connection");
        response.headers().clear();
        if (connection != null) {
            response.putHeader("Connection", connection);
        }
        return response.setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body);
    }
}
