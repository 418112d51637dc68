package io.berth.ui.member;

import io.berth.ui.project.MemberEntity;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.PathIds;
import io.berth.ui.project.ProjectResource;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** {@code /api/v2.0/projects/{p}/members}. */
@Path("/api/v2.0/projects/{ref}/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberService service;
    private final Caller caller;

    public MemberResource(MemberService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Response list(@Context UriInfo uri, @PathParam("ref") String ref,
            @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName,
            @QueryParam("entityname") String entityName,
            @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        MemberService.Listing listing = service.list(caller.principal(), ref, isName, entityName, request);
        return request.respond(uri, listing.total(), listing.items());
    }

    @GET
    @Path("/{mid}")
    public MemberView get(@PathParam("ref") String ref, @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName,
            @PathParam("mid") String memberId) {
        return service.get(caller.principal(), ref, isName, PathIds.orNone(memberId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context UriInfo uri, @PathParam("ref") String ref,
            @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName, MemberRequest request) {
        MemberEntity m = service.add(caller.principal(), ref, isName, request);
        return Response.created(URI.create(uri.getRequestUri().getRawPath() + "/" + m.id)).build();
    }

    @PUT
    @Path("/{mid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("ref") String ref, @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName,
            @PathParam("mid") String memberId, MemberRequest request) {
        service.update(caller.principal(), ref, isName, PathIds.orNone(memberId), request);
        return Response.ok().build();
    }

    @DELETE
    @Path("/{mid}")
    public Response remove(@PathParam("ref") String ref, @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName,
            @PathParam("mid") String memberId) {
        service.remove(caller.principal(), ref, isName, PathIds.orNone(memberId));
        return Response.ok().build();
    }
}
