package io.berth.ui.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.berth.common.harbor.HarborErrorResponse;
import io.berth.common.harbor.HarborException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of ui-service's API family: every failure leaves as Harbor's error
 * body with a catalogue code and a message of our own (never a framework's text or a stack
 * trace); what is not a defect (a body that is not the JSON a route takes, a database that cannot
 * be reached, ...) is classified by {@link Failures}.
 */
public class ApiExceptionMapper {

    @ServerExceptionMapper
    public Response harbor(HarborException e) {
        return HarborErrorResponse.of(e);
    }

    /** Wrong JSON type or shape; more specific than Quarkus' own mapper, which answers without our body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException || e.getResponse().getStatus() >= 500) {
            return unexpected(e);
        }
        return HarborErrorResponse.of(e);
    }

    /** Anything else: classified by {@link Failures}, which the console's pages share. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return harbor(Failures.of(e));
    }
}
