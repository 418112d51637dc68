package io.berth.ui.member;

import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.PathIds;
import io.berth.ui.project.MemberEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.security.Caller;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
    public Response list(@Context UriInfo uri, @BeanParam ProjectRef project,
            @QueryParam("entityname") String entityName,
            @BeanParam PageQuery paging) {
        PageRequest request = paging.request();
        MemberService.Listing listing = service.list(caller.principal(), project, entityName, request);
        return request.respond(uri, listing.total(), listing.items());
    }

    @GET
    @Path("/{mid}")
    public MemberView get(@BeanParam ProjectRef project, @PathParam("mid") String memberId) {
        return service.get(caller.principal(), project, PathIds.orNone(memberId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context UriInfo uri, @BeanParam ProjectRef project, MemberRequest request) {
        MemberEntity m = service.add(caller.principal(), project, request);
        return Response.created(URI.create(uri.getRequestUri().getRawPath() + "/" + m.id)).build();
    }

    @PUT
    @Path("/{mid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@BeanParam ProjectRef project, @PathParam("mid") String memberId, MemberRequest request) {
        service.update(caller.principal(), project, PathIds.orNone(memberId), request);
        return Response.ok().build();
    }

    @DELETE
    @Path("/{mid}")
    public Response remove(@BeanParam ProjectRef project, @PathParam("mid") String memberId) {
        service.remove(caller.principal(), project, PathIds.orNone(memberId));
        return Response.ok().build();
    }
}
