package io.berth.ui.registry;

import io.berth.common.internal.InternalApi;
import io.berth.common.internal.ProxyProject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * registry-core's internal API as ui-service calls it, paths from common's table. Every call
 * answers the bare response: {@link RegistryCoreClient} alone reads statuses and bodies.
 */
@Produces(MediaType.APPLICATION_JSON)
interface RegistryCoreApi {

    @PUT
    @Path(InternalApi.TAG)
    Response tag(@PathParam("name") String name, @PathParam("tag") String tag,
            @QueryParam(InternalApi.DIGEST_PARAM) String digest, @QueryParam(InternalApi.ACTOR_PARAM) String actor);

    @DELETE
    @Path(InternalApi.TAG)
    Response deleteTag(@PathParam("name") String name, @PathParam("tag") String tag);

    @DELETE
    @Path(InternalApi.MANIFEST)
    Response deleteManifest(@PathParam("name") String name, @PathParam("digest") String digest);

    @DELETE
    @Path(InternalApi.REPOSITORY)
    Response deleteRepository(@PathParam("name") String name);

    @GET
    @Path(InternalApi.CATALOG)
    Response catalog();

    @POST
    @Path(InternalApi.GC)
    Response gc(@QueryParam(InternalApi.DRY_RUN_PARAM) boolean dryRun,
            @QueryParam(InternalApi.UNTAGGED_PARAM) boolean untagged);

    @PUT
    @Path(InternalApi.PROXY_PROJECTS)
    @Consumes(MediaType.APPLICATION_JSON)
    Response replaceCacheProjects(List<ProxyProject> projects);
}
