package io.berth.auth.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorBody;
import io.berth.common.harbor.HarborException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place auth-service's HTTP failures become Harbor error bodies. Domain exceptions
 * arrive as {@link ApiException}; anything else is a 500 with no detail on the wire.
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
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return body(HarborError.UNKNOWN, "internal error").build();
    }

    private static Response.ResponseBuilder body(HarborError code, String message) {
        return Response.status(code.status()).type(MediaType.APPLICATION_JSON)
                .entity(HarborErrorBody.of(code, message));
    }
}
