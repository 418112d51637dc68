package io.berth.ui.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of ui-service's API family: every failure leaves as Harbor's error
 * body with a catalogue code, never with a stack trace.
 */
public class ApiExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response r = respond(e.error(), e.getMessage());
        return e.retryAfterSeconds() > 0
                ? Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build() : r;
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(ApiError.BAD_REQUEST, "invalid JSON body");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ApiError error = ApiError.forStatus(status);
        if (status >= 500) {
            LOG.error("failed to handle request", e);
            return respond(error, "internal error");
        }
        String message = e.getMessage() == null ? error.name().toLowerCase() : e.getMessage();
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ErrorBody.of(error, message)).build();
    }

    /** A unique key lost a race with a concurrent insert: the same answer as the early check. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(ApiError.CONFLICT, "resource already exists");
            }
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("failed to handle request", e);
        return respond(ApiError.UNKNOWN, "internal error");
    }

    public static Response respond(ApiError error, String message) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON)
                .entity(ErrorBody.of(error, message)).build();
    }
}
