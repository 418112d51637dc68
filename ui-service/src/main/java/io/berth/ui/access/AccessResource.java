package io.berth.ui.access;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** auth-service asks here which token actions to grant (the internal secret is checked by a filter). */
@Path(InternalApi.ACCESS)
public class AccessResource {

    private final RegistryAccessService service;

    public AccessResource(RegistryAccessService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AccessAnswer access(AccessQuestion question) {
        if (question == null) {
            throw HarborException.badRequest("an access question is required");
        }
        return service.answer(question);
    }
}
