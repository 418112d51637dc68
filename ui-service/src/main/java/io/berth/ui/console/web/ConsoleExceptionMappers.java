package io.berth.ui.console.web;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.HarborExceptionMapper;
import io.berth.ui.console.identity.AccountErrors;
import io.berth.ui.console.identity.IdentityRefusal;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure of a console request answers an HTML page in the visitor's language; on the REST
 * and internal APIs the same exceptions keep ui-service's Harbor error body
 * (common's {@link HarborExceptionMapper}). Where both declare a mapper for one exception type, this
 * one is asked first ({@link #BEFORE_API}) and hands the API's paths on; what a failure means is
 * decided once ({@link HarborExceptionMapper#answer}), so a page and the API never disagree on it.
 */
public class ConsoleExceptionMappers {

    /** Of two mappers for the same type, the lower priority number is used. */
    static final int BEFORE_API = Priorities.USER - 1;

    private final HarborExceptionMapper api;
    private final ConsoleErrors errors;
    private final ConsoleSession session;

    public ConsoleExceptionMappers(HarborExceptionMapper api, ConsoleErrors errors, ConsoleSession session) {
        this.api = api;
        this.errors = errors;
        this.session = session;
    }

    @ServerExceptionMapper
    public Response failure(ConsoleFailure f) {
        return errors.of(f);
    }

    /** auth-service refused what a console page asked on the visitor's behalf. */
    @ServerExceptionMapper
    public Response identity(IdentityRefusal r) {
        if (r.status() == 401) {
            return errors.signIn();
        }
        AccountErrors.Shown shown = AccountErrors.of(r);
        return errors.page(r.status() >= 500 ? 503 : r.status(), shown.key(), shown.detail());
    }

    /** A service's refusal (403, 404, 409, an outage) that the page did not handle itself. */
    @ServerExceptionMapper(priority = BEFORE_API)
    public Response refused(HarborException e, ContainerRequestContext request) {
        return console(request) ? errors.of(e) : api.harbor(e);
    }

    /** A framework's refusal (a form value of the wrong type, an unsupported media type, ...). */
    @ServerExceptionMapper(priority = BEFORE_API)
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (!console(request)) {
            return api.web(e);
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse(); // a redirect thrown as an exception is meant to be followed
        }
        return status >= 500 ? errors.of(api.answer(e)) : errors.of(status, null, Map.of());
    }

    /** Anything else (the database down, a lost insert race, a defect): as the API classifies it. */
    @ServerExceptionMapper(priority = BEFORE_API)
    public Response unexpected(Exception e, ContainerRequestContext request) {
        return console(request) ? errors.of(api.answer(e)) : api.unexpected(e);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        if (!console(request)) {
            return api.web(e);
        }
        ConsoleRequestFilter.describe(request, session); // no filter ran for a path nothing matched
        return errors.page(404, "error_not_found", null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        if (!console(request)) {
            return api.web(e);
        }
        ConsoleRequestFilter.describe(request, session);
        return errors.page(405, "error_not_found", null);
    }

    private static boolean console(ContainerRequestContext request) {
        return ConsolePaths.isConsole(request.getUriInfo().getPath());
    }
}
