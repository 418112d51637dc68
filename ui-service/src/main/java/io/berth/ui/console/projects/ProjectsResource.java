package io.berth.ui.console.projects;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.ConsoleErrors;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.endpoint.RegistryEndpointService;
import io.berth.ui.endpoint.RegistryEndpointView;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectFilter;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectRequest;
import io.berth.ui.project.ProjectService;
import io.berth.ui.project.ProjectView;
import io.berth.ui.settings.SystemSettings;
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

/** {@code /projects}: my projects, public projects (and, for system admins, all), create, delete. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectsResource {

    /** A project row: the project, the visitor's role key, and whether it may be deleted from here. */
    public record Row(ProjectView project, boolean isPublic, String roleKey, boolean deletable) {
    }

    /** The create form as typed, shown again with its error. */
    public record Form(String name, boolean isPublic, boolean proxy, long registryId) {
    }

    @CheckedTemplate(basePath = "console/projects")
    static class Templates {
        static native TemplateInstance projects(Chrome page, String view, String name, List<Row> rows, Pager pager,
                boolean mayCreate, List<RegistryEndpointView> registries, Form form, String error, String detail);
    }

    private final Views views;
    private final Guard guard;
    private final ConsoleErrors errors;
    private final ProjectService projects;
    private final SystemSettings settings;
    private final RegistryEndpointService registries;

    public ProjectsResource(Views views, Guard guard, ConsoleErrors errors, ProjectService projects,
            SystemSettings settings, RegistryEndpointService registries) {
        this.views = views;
        this.guard = guard;
        this.errors = errors;
        this.projects = projects;
        this.settings = settings;
        this.registries = registries;
    }

    @GET
    public TemplateInstance list(@QueryParam("view") String view, @QueryParam("name") String name,
            @QueryParam("page") String page) {
        return page(view, name, page, new Form("", false, false, 0), null, null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("public") boolean isPublic,
            @FormParam("proxy") boolean proxy, @FormParam("registry_id") Long registryId) {
        Principal caller = guard.user();
        String trimmed = name == null ? "" : name.trim();
        Form form = new Form(trimmed, isPublic, proxy, registryId == null ? 0 : registryId);
        Long registry = proxy ? registryId : null;
        if (proxy && (registryId == null || registryId <= 0)) {
            return Response.status(400).entity(page(null, null, null, form, "error_registry_required", null)).build();
        }
        try {
            ProjectEntity p = projects.create(caller, new ProjectRequest(trimmed,
                    Map.of("public", Boolean.toString(isPublic)), null, registry));
            return Response.seeOther(URI.create(ProjectLinks.project(p.name) + "/repositories?done=done_project_created")).build();
        } catch (HarborException e) {
            String key = switch (e.error()) {
                case CONFLICT -> "error_project_exists";
                case FORBIDDEN -> "error_forbidden";
                case BAD_REQUEST -> e.getMessage().startsWith("registry") ? "error_registry_required"
                        : "error_project_name";
                default -> throw e;
            };
            return Response.status(e.error().status()).entity(page(null, null, null, form, key, null)).build();
        }
    }

    @POST
    @Path("{project}/delete")
    public Response delete(@PathParam("project") String project) {
        Principal caller = guard.user();
        try {
            projects.delete(caller, ProjectRef.named(project));
        } catch (HarborException e) {
            if (e.error() == HarborError.PRECONDITION) {
                return errors.page(412, "error_project_not_empty", null);
            }
            throw e;
        }
        return Response.seeOther(URI.create("/projects?done=done_project_deleted")).build();
    }

    private TemplateInstance page(String view, String name, String pageParam, Form form, String error,
            String detail) {
        Principal caller = guard.user();
        String v = "public".equals(view) || "all".equals(view) && caller.sysadmin() ? view : "mine";
        String filter = name == null ? "" : name.trim();
        PageRequest request = Pager.request(pageParam);
        Sort sort = Sort.by("name");
        ProjectService.Listing listing = switch (v) {
            case "public" -> projects.list(caller, new ProjectFilter(filter.isEmpty() ? null : filter, true, true,
                    null, null), sort, request);
            case "all" -> projects.list(caller, new ProjectFilter(filter.isEmpty() ? null : filter, true, null,
                    null, null), sort, request);
            default -> projects.listMemberOf(caller, filter, sort, request);
        };
        List<Row> rows = listing.items().stream().map(p -> new Row(p,
                "true".equals(p.metadata().get("public")), Roles.key(p.currentUserRoleId()),
                p.repoCount() == 0 && (caller.sysadmin() || Integer.valueOf(1).equals(p.currentUserRoleId()))))
                .toList();
        Pager pager = Pager.of("/projects", Pager.filters("view", v, "name", filter), request, listing.total());
        boolean mayCreate = caller.sysadmin() || !settings.adminOnlyProjectCreation();
        List<RegistryEndpointView> endpoints = caller.sysadmin()
                ? registries.list(caller, null, new PageRequest(1, PageRequest.MAX_SIZE)).items() : List.of();
        return views.render(Templates.projects(views.chrome("projects"), v, filter, rows, pager, mayCreate,
                endpoints, form, error, detail));
    }
}
