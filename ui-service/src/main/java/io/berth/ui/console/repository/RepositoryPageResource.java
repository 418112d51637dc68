package io.berth.ui.console.repository;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.artifact.ArtifactService;
import io.berth.ui.artifact.ArtifactView;
import io.berth.ui.artifact.ContentChangeService;
import io.berth.ui.artifact.RepositoryEntity;
import io.berth.ui.artifact.RepositoryService;
import io.berth.ui.console.projects.ProjectLinks;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ExternalHost;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.project.ProjectAccess;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.berth.ui.role.ProjectAction;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * A repository's artifacts with their tags, digests, sizes, platforms and times; copyable pull
 * commands; adding a tag (developers and up) and deleting tags, artifacts and the repository
 * (maintainers and up). The services check every action again.
 */
@Path("/projects/{project}")
@Produces(MediaType.TEXT_HTML)
public class RepositoryPageResource {

    /** What the repository page knows about the repository and the visitor. */
    public record Header(String project, String projectPath, String name, String shortName, String path,
            String pullBase, long pullCount, boolean canTag, boolean canDelete) {
    }

    @CheckedTemplate(basePath = "console/repository")
    static class Templates {
        static native TemplateInstance repository(Chrome page, Header repo, List<ArtifactRow> rows, Pager pager,
                String error, String errorDigest);
    }

    private final Views views;
    private final Guard guard;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final RepositoryService repositories;
    private final ArtifactService artifacts;
    private final ContentChangeService changes;
    private final ExternalHost host;

    public RepositoryPageResource(Views views, Guard guard, ProjectService projects,
            ProjectAccess access, RepositoryService repositories, ArtifactService artifacts,
            ContentChangeService changes, ExternalHost host) {
        this.views = views;
        this.guard = guard;
        this.projects = projects;
        this.access = access;
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.changes = changes;
        this.host = host;
    }

    @GET
    @Path("repositories/{repo: .+}")
    public TemplateInstance repository(@PathParam("project") String project, @PathParam("repo") String repo,
            @QueryParam("page") String page) {
        return page(project, repo, page, null, null);
    }

    @POST
    @Path("content/add-tag")
    public Response addTag(@PathParam("project") String project, @FormParam("repo") String repo,
            @FormParam("digest") String digest, @FormParam("tag") String tag) {
        Principal caller = guard.user();
        String name = tag == null ? "" : tag.trim();
        try {
            changes.addTag(caller, ProjectRef.named(project), required(repo), required(digest), name);
        } catch (HarborException e) {
            String key = switch (e.error()) {
                case BAD_REQUEST -> "error_tag_invalid";
                case CONFLICT -> "error_tag_exists";
                default -> throw e;
            };
            return Response.status(e.error().status()).entity(page(project, repo, null, key, digest)).build();
        }
        return back(project, repo, "done_tag_added");
    }

    @POST
    @Path("content/delete-tag")
    public Response deleteTag(@PathParam("project") String project, @FormParam("repo") String repo,
            @FormParam("tag") String tag) {
        changes.deleteTag(guard.user(), ProjectRef.named(project), required(repo), required(tag), tag);
        return back(project, repo, "done_tag_deleted");
    }

    @POST
    @Path("content/delete-artifact")
    public Response deleteArtifact(@PathParam("project") String project, @FormParam("repo") String repo,
            @FormParam("digest") String digest) {
        changes.deleteArtifact(guard.user(), ProjectRef.named(project), required(repo), required(digest));
        return back(project, repo, "done_artifact_deleted");
    }

    @POST
    @Path("content/delete-repository")
    public Response deleteRepository(@PathParam("project") String project, @FormParam("repo") String repo) {
        changes.deleteRepository(guard.user(), ProjectRef.named(project), required(repo));
        return Response.seeOther(URI.create(ProjectLinks.project(project) + "/repositories?done=done_repository_deleted"))
                .build();
    }

    private TemplateInstance page(String project, String repo, String pageParam, String error, String errorDigest) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.READ);
        RepositoryEntity r = repositories.get(caller, ProjectRef.named(p.name), repo);
        String shortName = r.name.substring(p.name.length() + 1);
        PageRequest request = Pager.request(pageParam);
        ArtifactService.Listing listing = artifacts.list(caller, ProjectRef.named(p.name), shortName,
                Sort.descending("pushTime", "id"), request);
        String path = ProjectLinks.project(p.name) + "/repositories/" + shortName;
        Header header = new Header(p.name, ProjectLinks.project(p.name), r.name, shortName, path,
                host.host() + "/" + r.name, r.pullCount, !p.cache() && access.can(caller, p, ProjectAction.PUSH),
                access.can(caller, p, ProjectAction.DELETE));
        List<ArtifactRow> rows = listing.items().stream().map(a -> ArtifactRow.of(a, header.pullBase())).toList();
        return views.render(Templates.repository(views.chrome("projects"), header, rows,
                Pager.of(path, Pager.filters(), request, listing.total()), error, errorDigest));
    }

    private Response back(String project, String repo, String notice) {
        return Response.seeOther(URI.create(ProjectLinks.project(project) + "/repositories/" + repo + "?done=" + notice))
                .build();
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new HarborException(HarborError.BAD_REQUEST, "missing form field");
        }
        return value.trim();
    }
}
