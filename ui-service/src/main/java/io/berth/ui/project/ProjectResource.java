package io.berth.ui.project;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.ListParams;
import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.ListQuery;
import io.berth.ui.role.ProjectAction;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/** {@code /api/v2.0/projects}. */
@Path("/api/v2.0/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "name", "creation_time", "creationTime", "update_time", "updateTime",
            "project_id", "id", "owner_name", "ownerName");

    private final ProjectService service;
    private final Caller caller;

    public ProjectResource(ProjectService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProjectRequest request) {
        ProjectEntity p = service.create(caller.principal(), request);
        return Response.created(URI.create("/api/v2.0/projects/" + p.id)).build();
    }

    @HEAD
    public Response head(@QueryParam("project_name") String name) {
        if (name == null || name.isEmpty()) {
            throw HarborException.badRequest("project_name is required");
        }
        return Response.status(service.exists(name) ? 200 : 404).build();
    }

    @GET
    public Response list(@Context UriInfo uri, @BeanParam PageQuery paging, @QueryParam("name") String name,
            @QueryParam("public") String pub, @QueryParam("owner") String owner,
            @QueryParam("q") String q, @QueryParam("sort") String sort) {
        PageRequest request = paging.request();
        Map<String, ListParams.Term> terms = ListQuery.parseQ(q);
        ListParams.Term nameTerm = name != null ? new ListParams.Term(name, true) : terms.get("name");
        ListParams.Term pubTerm = terms.get("public");
        ListParams.Term ownerTerm = terms.get("owner");
        ProjectFilter filter = new ProjectFilter(
                nameTerm == null ? null : nameTerm.value(),
                nameTerm != null && nameTerm.fuzzy(),
                ListQuery.parseBoolean(pub != null ? pub : pubTerm == null ? null : pubTerm.value(), "public"),
                owner != null ? owner : ownerTerm == null ? null : ownerTerm.value(),
                null);
        Sort order = ListQuery.parseSort(sort, SORT_FIELDS, Sort.by("name"));
        ProjectService.Listing listing = service.list(caller.principal(), filter, order, request);
        return request.respond(uri, listing.total(), listing.items());
    }

    @GET
    @Path("/{ref}")
    public ProjectView get(@BeanParam ProjectRef project) {
        return service.view(caller.principal(), service.get(caller.principal(), project, ProjectAction.READ));
    }

    @PUT
    @Path("/{ref}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@BeanParam ProjectRef project, ProjectRequest request) {
        service.update(caller.principal(), project, request);
        return Response.ok().build();
    }

    @DELETE
    @Path("/{ref}")
    public Response delete(@BeanParam ProjectRef project) {
        service.delete(caller.principal(), project);
        return Response.ok().build();
    }

    @GET
    @Path("/{ref}/summary")
    public ProjectSummary summary(@BeanParam ProjectRef project) {
        return service.summary(caller.principal(), project);
    }
}
