package io.berth.ui.console.web;

import io.berth.ui.api.ApiExceptionMapper;
import io.berth.ui.console.identity.AccountErrors;
import io.berth.ui.console.identity.IdentityRefusal;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Console failures and unknown console paths answer an HTML page; on the REST and internal
 * APIs the same exceptions keep ui-service's Harbor error body ({@link ApiExceptionMapper}).
 */
public class ConsoleExceptionMappers {

    private final ConsoleErrors errors;
    private final ConsoleSession session;

    public ConsoleExceptionMappers(ConsoleErrors errors, ConsoleSession session) {
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

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        if (!ConsolePaths.isConsole(request.getUriInfo().getPath())) {
            return new ApiExceptionMapper().web(e);
        }
        ConsoleRequestFilter.describe(request, session); // no filter ran for a path nothing matched
        return errors.page(404, "error_not_found", null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        if (!ConsolePaths.isConsole(request.getUriInfo().getPath())) {
            return new ApiExceptionMapper().web(e);
        }
        ConsoleRequestFilter.describe(request, session);
        return errors.page(405, "error_not_found", null);
    }
}
