package io.berth.ui.registry;

import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** registry-core's internal API as ui-service uses it; only {@link RegistryClient} talks to it. */
@RegisterRestClient(configKey = "registry")
@Path("/internal/v1/repositories")
interface RegistryRestClient {

    @PUT
    @Path("/{name}/tags/{tag}")
    Response tag(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @PathParam("name") String name,
            @PathParam("tag") String tag, @QueryParam("digest") String digest, @QueryParam("actor") String actor);

    @DELETE
    @Path("/{name}/tags/{tag}")
    Response deleteTag(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @PathParam("name") String name,
            @PathParam("tag") String tag);

    @DELETE
    @Path("/{name}/manifests/{digest}")
    Response deleteManifest(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @PathParam("name") String name,
            @PathParam("digest") String digest);

    @DELETE
    @Path("/{name}")
    Response deleteRepository(@HeaderParam(InternalApi.SECRET_HEADER) String secret, @PathParam("name") String name);
}
