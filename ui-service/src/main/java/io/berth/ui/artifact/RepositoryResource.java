package io.berth.ui.artifact;

import io.berth.common.harbor.ListParams;
import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.ListQuery;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
    public Response delete(@BeanParam ProjectRef project, @PathParam("repo") String repo) {
        changes.deleteRepository(caller.principal(), project, repo);
        return Response.ok().build();
    }

    @GET
    public Response inProject(@Context UriInfo uri, @BeanParam ProjectRef project, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @BeanParam PageQuery paging) {
        return list(service, caller, uri, project, q, sort, paging);
    }

    @GET
    @Path("/{repo}")
    public RepositoryView get(@BeanParam ProjectRef project, @PathParam("repo") String repo) {
        return service.view(service.get(caller.principal(), project, repo));
    }

    static Response list(RepositoryService service, Caller caller, UriInfo uri, ProjectRef project,
            String q, String sort, PageQuery paging) {
        PageRequest request = paging.request();
        ListParams.Term name = ListQuery.parseQ(q).get("name");
        Sort order = ListQuery.parseSort(sort, SORT_FIELDS, Sort.by("name"));
        RepositoryService.Listing listing = service.list(caller.principal(), project,
                name == null ? null : name.value(), name != null && name.fuzzy(), order, request);
        return request.respond(uri, listing.total(), listing.items());
    }
}
