package io.berth.auth.token;

import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** ui-service's access decision endpoint; used only through {@link AccessClient}. */
@Path(InternalApi.ACCESS)
interface AccessRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    AccessAnswer ask(AccessQuestion question);
}
