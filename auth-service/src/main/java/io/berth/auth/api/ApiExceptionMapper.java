package io.berth.auth.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorBody;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.RefusedInput;
import io.berth.auth.authn.LoginLockedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
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
        Response.ResponseBuilder r = body(e.error(), e.getMessage());
        e.headers().forEach(r::header);
        return r.build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException) {
            return unreadable(null);
        }
        int status = e.getResponse().getStatus();
        HarborError code = HarborError.forStatus(status);
        String message = e instanceof NotFoundException ? "not found"
                : e instanceof NotAllowedException ? "method not allowed"
                : e instanceof NotSupportedException ? "unsupported media type"
                : status >= 500 ? "internal error" : "invalid request";
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(HarborErrorBody.of(code, message)).build();
    }

    /** A value of the wrong JSON type; more specific than Quarkus' own mapper, which answers without our body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return body(HarborError.BAD_REQUEST, "malformed JSON body").build();
    }

    @ServerExceptionMapper
    public Response locked(LoginLockedException e) {
        return body(HarborError.TOO_MANY_REQUEST, e.getMessage())
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    /** A lost race with a concurrent insert of the same unique value. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return body(HarborError.CONFLICT, "the resource already exists").build();
            }
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (Outages.isOutage(e)) {
            LOG.warnf("request failed, a dependency is down: error=%s", e.toString());
            return body(HarborError.SERVICE_UNAVAILABLE, "a service Berth depends on is unavailable, retry later")
                    .header(HttpHeaders.RETRY_AFTER, Outages.RETRY_AFTER_SECONDS).build();
        }
        String refused = RefusedInput.reason(e);
        if (refused != null) {
            return body(HarborError.BAD_REQUEST, refused).build();
        }
        LOG.error("request failed", e);
        return body(HarborError.UNKNOWN, "internal error").build();
    }

    private static Response.ResponseBuilder body(HarborError code, String message) {
        return Response.status(code.status()).type(MediaType.APPLICATION_JSON)
                .entity(HarborErrorBody.of(code, message));
    }
}
