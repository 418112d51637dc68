package io.berth.ui.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborErrorResponse;
import io.berth.common.harbor.HarborException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of ui-service's API family: every failure leaves as Harbor's error
 * body with a catalogue code and a message of our own (never a framework's text or a stack
 * trace); a body that is not the JSON a route takes is a 400 naming the property; a database
 * that cannot be reached is a 503 with Retry-After.
 */
public class ApiExceptionMapper {

    @ServerExceptionMapper
    public Response harbor(HarborException e) {
        return HarborErrorResponse.of(e);
    }

    /** Wrong JSON type or shape; more specific than Quarkus' own mapper, which answers without our body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e);
        }
        String at = e instanceof JsonMappingException m ? path(m) : "";
        return HarborErrorResponse.of(HarborError.BAD_REQUEST,
                at.isEmpty() ? "invalid JSON body" : "invalid JSON body: wrong value for " + at);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j);
        }
        if (e.getResponse().getStatus() >= 500) {
            return unexpected(e);
        }
        return HarborErrorResponse.of(e);
    }

    /** Anything else: classified by {@link Failures}, which the console's pages share. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return harbor(Failures.of(e));
    }

    /** {@code member_user.username}, {@code events[0].size}: where in the body the bad value sits. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.length() > 200 ? out.substring(0, 200) : out.toString();
    }
}
