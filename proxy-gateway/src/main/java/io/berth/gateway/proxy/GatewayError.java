package io.berth.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The gateway's own answers, in the error shape Harbor and the OCI distribution spec share
 * ({@code {"errors":[{"code":"...","message":"..."}]}}). Upstream errors pass through untouched.
 */
public enum GatewayError {
    BAD_REQUEST(400, "BAD_REQUEST", "invalid request target"),
    /** A {@code /v2} request the gateway refuses: the OCI distribution spec's code for invalid parameters. */
    UNSUPPORTED(400, "UNSUPPORTED", "invalid request target"),
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
        return send(response, message);
    }

    /** Writes this error with its own message (JSON-escaped here). */
    public Future<Void> send(HttpServerResponse response, String message) {
        if (response.headWritten() || response.ended() || response.closed()) {
            return Future.succeededFuture();
        }
        String body = new JsonObject().put("errors", new JsonArray().add(
                new JsonObject().put("code", code).put("message", message))).encode();
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
