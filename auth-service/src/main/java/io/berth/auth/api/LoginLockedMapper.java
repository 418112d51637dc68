package io.berth.auth.api;

import io.berth.auth.authn.LoginLockedException;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorResponse;
import io.berth.common.harbor.HarborException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A source that guessed too many passwords gets 429 with {@code Retry-After}, in Harbor's error
 * body. Everything else on auth-service's API is common's HarborExceptionMapper's, with
 * {@link Outages}; the token service answers in Docker's terms itself.
 */
public class LoginLockedMapper {

    @ServerExceptionMapper
    public Response locked(LoginLockedException e) {
        return HarborErrorResponse.of(
                HarborException.retryAfter(HarborError.TOO_MANY_REQUEST, e.getMessage(), e.retryAfterSeconds()));
    }
}
