package io.berth.ui.console.search;

import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.artifact.RepositoryService;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Views;
import io.berth.ui.project.ProjectFilter;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The header's search: projects and repositories the visitor may see whose name contains the text. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {

    private static final PageRequest FIRST = new PageRequest(1, 25);

    @CheckedTemplate(basePath = "console/search")
    static class Templates {
        static native TemplateInstance search(Chrome page, String q, ProjectService.Listing projects,
                RepositoryService.Listing repositories);
    }

    private final Views views;
    private final Guard guard;
    private final ProjectService projects;
    private final RepositoryService repositories;

    public SearchPageResource(Views views, Guard guard, ProjectService projects,
            RepositoryService repositories) {
        this.views = views;
        this.guard = guard;
        this.projects = projects;
        this.repositories = repositories;
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q) {
        Principal caller = guard.user();
        String text = q == null ? "" : q.trim();
        if (text.isEmpty() || text.length() > 255) {
            return views.render(Templates.search(views.chrome("search"), text, null, null));
        }
        ProjectService.Listing ps = projects.list(caller, new ProjectFilter(text, true, null, null, null),
                Sort.by("name"), FIRST);
        RepositoryService.Listing rs = repositories.list(caller, null, text, true, Sort.by("name"), FIRST);
        return views.render(Templates.search(views.chrome("search"), text, ps, rs));
    }
}
