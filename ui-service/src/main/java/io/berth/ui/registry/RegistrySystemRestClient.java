package io.berth.ui.registry;

import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * registry-core's whole-registry internal calls (catalog, garbage collection); its own client
 * key so a long collection gets a long read timeout. Only {@link RegistrySystemClient} uses it.
 */
@RegisterRestClient(configKey = "registry-system")
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
interface RegistrySystemRestClient {

    @GET
    @Path("/catalog")
    RegistryCatalog catalog(@HeaderParam(InternalApi.SECRET_HEADER) String secret);

    @POST
    @Path("/gc")
    Response gc(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @QueryParam("dryrun") boolean dryRun,
            @QueryParam("untagged") boolean untagged);
}
