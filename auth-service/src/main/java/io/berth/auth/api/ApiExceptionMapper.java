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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place auth-service's HTTP failures become Harbor error bodies. Domain exceptions
 * arrive as {@link HarborException}; a source that guessed too many passwords gets 429 and an
 * outage of the database or directory 503, both with {@code Retry-After}; anything else is a
 * 500 with no detail on the wire. (The token service answers in Docker's terms itself.)
 */
public class ApiExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class);

    @ServerExceptionMapper
    public Response api(HarborException e) {
        return HarborErrorResponse.of(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException) {
            return unexpected(e);
        }
        if (e.getResponse().getStatus() >= 500) {
            LOG.error("request failed", e);
        }
        return HarborErrorResponse.of(e);
    }

    /** A value of the wrong JSON type; more specific than Quarkus' own mapper, which answers without our body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response locked(LoginLockedException e) {
        return api(HarborException.retryAfter(HarborError.TOO_MANY_REQUEST, e.getMessage(), e.retryAfterSeconds()));
    }

    /** An unreadable body, a lost insert race, an outage of the database or the directory, bad input: common's rule. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        HarborException known = KnownFailures.of(e, Outages::isOutage,
                "a service Berth depends on is unavailable, retry later");
        if (known == null) {
            LOG.error("request failed", e);
            return HarborErrorResponse.of(HarborError.UNKNOWN, "internal error");
        }
        if (known.error() == HarborError.SERVICE_UNAVAILABLE) {
            LOG.warnf("request failed, a dependency is down: error=%s", e.toString());
        }
        return api(known);
    }
}
