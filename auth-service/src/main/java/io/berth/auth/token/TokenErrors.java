package io.berth.auth.token;

import io.berth.common.harbor.HarborErrorBody;
import io.berth.common.harbor.HarborException;
import io.berth.auth.authn.LoginLockedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The token service's answers for "wait and retry", in the codes Docker's registry client knows
 * (distribution's errcode: {@code TOOMANYREQUESTS}, {@code UNAVAILABLE}), so {@code docker login}
 * and skopeo print the reason instead of an unknown error.
 */
final class TokenErrors {

    private TokenErrors() {
    }

    static Response locked(LoginLockedException e) {
        return Response.status(429).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(HarborErrorBody.of("TOOMANYREQUESTS", e.getMessage() + " (in " + e.retryAfterSeconds() + " s)"))
                .build();
    }

    static Response unavailable(String message) {
        return Response.status(503).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, HarborException.RETRY_AFTER_SECONDS)
                .entity(HarborErrorBody.of("UNAVAILABLE", message)).build();
    }
}
