package io.berth.ui.endpoint;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.ListParams;
import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.ListQuery;
import io.berth.ui.api.PathIds;
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

/** {@code /api/v2.0/registries}: Harbor's registry endpoints, upstreams of proxy-cache projects. */
@Path("/api/v2.0/registries")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryEndpointResource {

    private final RegistryEndpointService service;
    private final Caller caller;

    public RegistryEndpointResource(RegistryEndpointService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RegistryEndpointRequest request) {
        RegistryEndpointEntity e = service.create(caller.principal(), request);
        return Response.created(URI.create("/api/v2.0/registries/" + e.id)).build();
    }

    @GET
    public Response list(@Context UriInfo uri, @BeanParam PageQuery paging, @QueryParam("name") String name,
            @QueryParam("q") String q) {
        PageRequest request = paging.request();
        ListParams.Term term = name != null ? new ListParams.Term(name, true) : ListQuery.parseQ(q).get("name");
        RegistryEndpointService.Listing listing = service.list(caller.principal(),
                term == null ? null : term.value(), request);
        return request.respond(uri, listing.total(), listing.items());
    }

    @GET
    @Path("/{id}")
    public RegistryEndpointView get(@PathParam("id") String id) {
        return RegistryEndpointView.of(service.get(caller.principal(), PathIds.orNone(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, RegistryEndpointRequest request) {
        service.update(caller.principal(), PathIds.orNone(id), request);
        return Response.ok().build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        service.delete(caller.principal(), PathIds.orNone(id));
        return Response.ok().build();
    }

    /** Pings a stored endpoint ({@code id}, with what the body overrides) or an unsaved one. */
    @POST
    @Path("/ping")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ping(RegistryEndpointRequest request) {
        String problem = service.problem(caller.principal(), request);
        if (problem != null) {
            throw HarborException.badRequest("failed to ping the registry: " + problem);
        }
        return Response.ok().build();
    }
}
