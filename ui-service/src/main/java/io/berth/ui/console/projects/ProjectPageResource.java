package io.berth.ui.console.projects;

import io.berth.common.harbor.ListParams;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.artifact.RepositoryService;
import io.berth.ui.artifact.RepositoryView;
import io.berth.ui.audit.AuditFilter;
import io.berth.ui.audit.AuditLogView;
import io.berth.ui.audit.AuditService;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ExternalHost;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Option;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.project.ProjectAccess;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectRequest;
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
import java.util.Map;

/** A project's tabs: repositories, logs and configuration (members: {@link MembersResource}). */
@Path("/projects/{project}")
@Produces(MediaType.TEXT_HTML)
public class ProjectPageResource {

    /** A repository row: the repository and its name inside the project. */
    public record RepoRow(RepositoryView repo, String shortName, String href) {
    }

    /** Operations the log filter offers, as Harbor records them. */
    public static final List<Option> OPERATIONS = List.of(new Option("create", "operation_create"),
            new Option("delete", "operation_delete"), new Option("update", "operation_update"),
            new Option("push", "operation_push"), new Option("pull", "operation_pull"));

    @CheckedTemplate(basePath = "console/projects")
    static class Templates {
        static native TemplateInstance repositories(Chrome page, ProjectHeader project, String q, List<RepoRow> rows,
                Pager pager);

        static native TemplateInstance logs(Chrome page, ProjectHeader project, String action, String operation,
                String user, List<Option> operations, List<AuditLogView> rows, Pager pager);

        static native TemplateInstance configuration(Chrome page, ProjectHeader project, long repositories,
                String error);
    }

    private final Views views;
    private final Guard guard;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final RepositoryService repositories;
    private final AuditService audit;
    private final ExternalHost host;

    public ProjectPageResource(Views views, Guard guard, ProjectService projects,
            ProjectAccess access, RepositoryService repositories, AuditService audit, ExternalHost host) {
        this.views = views;
        this.guard = guard;
        this.projects = projects;
        this.access = access;
        this.repositories = repositories;
        this.audit = audit;
        this.host = host;
    }

    @GET
    public Response open(@PathParam("project") String project) {
        ProjectEntity p = projects.get(guard.user(), ProjectRef.named(project), ProjectAction.READ);
        return Response.seeOther(URI.create(ProjectLinks.project(p.name) + "/repositories")).build();
    }

    @GET
    @Path("repositories")
    public TemplateInstance repositories(@PathParam("project") String project, @QueryParam("q") String q,
            @QueryParam("page") String page) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.READ);
        String filter = q == null ? "" : q.trim();
        PageRequest request = Pager.request(page);
        RepositoryService.Listing listing = repositories.list(caller, ProjectRef.named(p.name),
                filter.isEmpty() ? null : filter, true, Sort.by("name"), request);
        ProjectHeader header = ProjectHeader.of(p, caller, access, host.host(), "repositories");
        List<RepoRow> rows = listing.items().stream().map(r -> {
            String shortName = r.name().substring(p.name.length() + 1);
            return new RepoRow(r, shortName, header.path() + "/repositories/" + shortName);
        }).toList();
        Pager pager = Pager.of(header.path() + "/repositories", Pager.filters("q", filter), request,
                listing.total());
        return views.render(Templates.repositories(views.chrome("projects"), header, filter, rows, pager));
    }

    @GET
    @Path("logs")
    public TemplateInstance logs(@PathParam("project") String project, @QueryParam("operation") String operation,
            @QueryParam("user") String user, @QueryParam("page") String page) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.READ_LOGS);
        String op = operation(operation);
        String who = user == null ? "" : user.trim();
        PageRequest request = Pager.request(page);
        AuditFilter filter = new AuditFilter(op.isEmpty() ? null : new ListParams.Term(op, false),
                who.isEmpty() ? null : new ListParams.Term(who, true), null, null, null, null);
        AuditService.Listing listing = audit.ofProject(caller, ProjectRef.named(p.name), filter,
                Sort.descending("opTime", "id"), request);
        ProjectHeader header = ProjectHeader.of(p, caller, access, host.host(), "logs");
        Pager pager = Pager.of(header.path() + "/logs", Pager.filters("operation", op, "user", who), request,
                listing.total());
        return views.render(Templates.logs(views.chrome("projects"), header, header.path() + "/logs", op, who,
                OPERATIONS, listing.items(), pager));
    }

    @GET
    @Path("configuration")
    public TemplateInstance configuration(@PathParam("project") String project) {
        Principal caller = guard.user();
        ProjectEntity p = projects.get(caller, ProjectRef.named(project), ProjectAction.ADMINISTER);
        return configurationPage(caller, p, null);
    }

    @POST
    @Path("configuration")
    public Response saveConfiguration(@PathParam("project") String project, @FormParam("public") boolean isPublic) {
        Principal caller = guard.user();
        ProjectEntity p = projects.update(caller, ProjectRef.named(project),
                new ProjectRequest(null, Map.of("public", Boolean.toString(isPublic)), null, null));
        return Response.seeOther(URI.create(ProjectLinks.project(p.name)
                + "/configuration?done=done_project_saved")).build();
    }

    /** The operation filter when it is one the list offers, else none. */
    public static String operation(String value) {
        return OPERATIONS.stream().map(Option::value).filter(v -> v.equals(value)).findFirst().orElse("");
    }

    private TemplateInstance configurationPage(Principal caller, ProjectEntity p, String error) {
        ProjectHeader header = ProjectHeader.of(p, caller, access, host.host(), "configuration");
        long count = projects.summary(caller, ProjectRef.named(p.name)).repoCount();
        return views.render(Templates.configuration(views.chrome("projects"), header, count, error));
    }
}
