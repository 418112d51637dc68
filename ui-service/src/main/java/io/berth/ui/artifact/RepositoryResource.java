package io.berth.ui.artifact;

import io.berth.common.harbor.ListParams;
import io.berth.ui.api.ListQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.project.ProjectResource;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** {@code /api/v2.0/projects/{p}/repositories[/{r}]}. */
@Path("/api/v2.0/projects/{ref}/repositories")
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryResource {

    static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "name", "creation_time", "creationTime", "update_time", "updateTime",
            "pull_count", "pullCount", "id", "id");

    private final RepositoryService service;
    private final ContentChangeService changes;
    private final Caller caller;

    public RepositoryResource(RepositoryService service, ContentChangeService changes, Caller caller) {
        this.service = service;
        this.changes = changes;
        this.caller = caller;
    }

    @DELETE
    @Path("/{repo}")
    public Response delete(@PathParam("ref") String ref, @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName,
            @PathParam("repo") String repo) {
        changes.deleteRepository(caller.principal(), ref, isName, repo);
        return Response.ok().build();
    }

    @GET
    public Response inProject(@Context UriInfo uri, @PathParam("ref") String ref,
            @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        return list(service, caller, uri, ref, isName, q, sort, page, pageSize);
    }

    @GET
    @Path("/{repo}")
    public RepositoryView get(@PathParam("ref") String ref, @HeaderParam(ProjectResource.IS_RESOURCE_NAME) boolean isName,
            @PathParam("repo") String repo) {
        return service.view(service.get(caller.principal(), ref, isName, repo));
    }

    static Response list(RepositoryService service, Caller caller, UriInfo uri, String ref, boolean isName,
            String q, String sort, String page, String pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        ListParams.Term name = ListQuery.parseQ(q).get("name");
        Sort order = ListQuery.parseSort(sort, SORT_FIELDS, Sort.by("name"));
        RepositoryService.Listing listing = service.list(caller.principal(), ref, isName,
                name == null ? null : name.value(), name != null && name.fuzzy(), order, request);
        return request.respond(uri, listing.total(), listing.items());
    }
}
