package io.berth.ui.artifact;

import io.berth.common.harbor.PageQuery;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.api.ListQuery;
import io.berth.ui.api.Slice;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/** {@code /api/v2.0/projects/{p}/repositories/{r}/artifacts[/{reference}[/tags]]}. */
@Path("/api/v2.0/projects/{ref}/repositories/{repo}/artifacts")
@Produces(MediaType.APPLICATION_JSON)
public class ArtifactResource {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "push_time", "pushTime", "pull_time", "pullTime", "size", "size", "digest", "digest", "id", "id");

    private final ArtifactService service;
    private final ContentChangeService changes;
    private final Caller caller;

    public ArtifactResource(ArtifactService service, ContentChangeService changes, Caller caller) {
        this.service = service;
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    public Response list(@Context UriInfo uri, @BeanParam ProjectRef project, @PathParam("repo") String repo,
            @QueryParam("sort") String sort, @BeanParam PageQuery paging) {
        PageRequest request = paging.request();
        Sort order = ListQuery.parseSort(sort, SORT_FIELDS, Sort.by("pushTime", Sort.Direction.Descending).and("id"));
        ArtifactService.Listing listing = service.list(caller.principal(), project, repo, order, request);
        return request.respond(uri, listing.total(), listing.items());
    }

    @GET
    @Path("/{reference}")
    public ArtifactView get(@BeanParam ProjectRef project,
            @PathParam("repo") String repo, @PathParam("reference") String reference) {
        return service.get(caller.principal(), project, repo, reference);
    }

    @GET
    @Path("/{reference}/tags")
    public Response tags(@Context UriInfo uri, @BeanParam ProjectRef project, @PathParam("repo") String repo,
            @PathParam("reference") String reference, @BeanParam PageQuery paging) {
        PageRequest request = paging.request();
        // one artifact's tags are few: paged from the loaded list, like every other list
        Slice<ArtifactView.TagView> tags = Slice.of(service.tags(caller.principal(), project, repo, reference), request);
        return request.respond(uri, tags.total(), tags.items());
    }

    @DELETE
    @Path("/{reference}")
    public Response delete(@BeanParam ProjectRef project,
            @PathParam("repo") String repo, @PathParam("reference") String reference) {
        changes.deleteArtifact(caller.principal(), project, repo, reference);
        return Response.ok().build();
    }

    /** Harbor's body for adding a tag: {@code {"name":"<tag>"}}. */
    public record NewTag(String name) {
    }

    @POST
    @Path("/{reference}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTag(@Context UriInfo uri, @BeanParam ProjectRef project, @PathParam("repo") String repo,
            @PathParam("reference") String reference, NewTag body) {
        TagEntity t = changes.addTag(caller.principal(), project, repo, reference, body == null ? null : body.name());
        return Response.created(URI.create(uri.getRequestUri().getRawPath() + "/" + t.name)).build();
    }

    @DELETE
    @Path("/{reference}/tags/{tag}")
    public Response deleteTag(@BeanParam ProjectRef project, @PathParam("repo") String repo,
            @PathParam("reference") String reference, @PathParam("tag") String tag) {
        changes.deleteTag(caller.principal(), project, repo, reference, tag);
        return Response.ok().build();
    }
}
