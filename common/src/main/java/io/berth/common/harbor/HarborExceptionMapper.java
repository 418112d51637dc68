package io.berth.common.harbor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of Harbor's API family, in both services that serve it (ui-service and
 * auth-service find it in this bean archive): every failure leaves as {@link HarborErrorBody}
 * with a catalogue code and a message of ours, never a framework's text or a stack trace. What an
 * unexpected failure means is {@link KnownFailures}' rule, with the service's {@link OutageRule}.
 * No bean-defining annotation on purpose: RESTEasy makes it a bean where it runs, so the services
 * without a REST API (registry-core, the gateway, the log collector) neither see it nor need an
 * {@link OutageRule}.
 */
public class HarborExceptionMapper {

    private final OutageRule outages;

    public HarborExceptionMapper(OutageRule outages) {
        this.outages = outages;
    }

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

    /** Wrong JSON type or shape; more specific than Quarkus' own mapper, which answers without our body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return unexpected(e);
    }

    /** Anything else: a lost insert race, an outage, bad input found deep down, or a defect. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return harbor(answer(e));
    }

    /** What {@code failure} means to the caller, for a face that writes it otherwise (ui-service's console pages). */
    public HarborException answer(Throwable failure) {
        return KnownFailures.answer(failure, outages::isOutage, outages.message());
    }
}
