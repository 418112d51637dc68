package io.berth.auth.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorResponse;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.KnownFailures;
import io.berth.auth.authn.LoginLockedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place auth-service's HTTP failures become Harbor error bodies. Domain exceptions
 * arrive as {@link HarborException}; a source that guessed too many passwords gets 429 and an
 * outage of the database or directory 503, both with {@code Retry-After}; anything else is
 * classified by common's {@link KnownFailures}, as ui-service's failures are. (The token service
 * answers in Docker's terms itself.)
 */
public class ApiExceptionMapper {

    @ServerExceptionMapper
    public Response harbor(HarborException e) {
        return HarborErrorResponse.of(e);
    }

    /** A framework's refusal keeps its status; an unreadable body or a failure of 500 and above is classified. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException || e.getResponse().getStatus() >= 500) {
            return unexpected(e);
        }
        return HarborErrorResponse.of(e);
    }

    /** A value of the wrong JSON type; more specific than Quarkus' own mapper, which answers without our body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response locked(LoginLockedException e) {
        return harbor(HarborException.retryAfter(HarborError.TOO_MANY_REQUEST, e.getMessage(), e.retryAfterSeconds()));
    }

    /** An unreadable body, a lost insert race, an outage of the database or the directory, bad input: common's rule. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return harbor(KnownFailures.answer(e, Outages::isOutage, "a service Berth depends on is unavailable, retry later"));
    }
}
