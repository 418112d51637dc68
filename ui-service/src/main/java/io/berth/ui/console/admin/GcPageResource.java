package io.berth.ui.console.admin;

import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.berth.ui.system.GcService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /admin/gc} (system admins): run a garbage collection or a dry run now, and its
 * history with each outcome; while one runs the history refreshes itself.
 */
@Path("/admin/gc")
@Produces(MediaType.TEXT_HTML)
public class GcPageResource {

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance gc(Chrome page, GcService.History history, boolean running, Pager pager,
                String error);
    }

    private final Views views;
    private final Guard guard;
    private final GcService gc;

    public GcPageResource(Views views, Guard guard, GcService gc) {
        this.views = views;
        this.guard = guard;
        this.gc = gc;
    }

    @GET
    public TemplateInstance show(@QueryParam("page") String page) {
        return page(page, null);
    }

    @POST
    public Response run(@FormParam("dry_run") boolean dryRun, @FormParam("delete_untagged") boolean deleteUntagged) {
        guard.sysadmin();
        try {
            gc.start(dryRun, deleteUntagged);
        } catch (HarborException e) {
            if (e.error() == HarborError.CONFLICT) {
                return Response.status(409).entity(page(null, "error_gc_running")).build();
            }
            throw e;
        }
        return Response.seeOther(URI.create("/admin/gc?done=done_gc_started")).build();
    }

    private TemplateInstance page(String pageParam, String error) {
        guard.sysadmin();
        PageRequest request = Pager.request(pageParam);
        GcService.History history = gc.history(request);
        boolean running = history.items().stream().anyMatch(r -> "Running".equals(r.view().jobStatus()));
        return views.render(Templates.gc(views.chrome("gc"), history, running,
                Pager.of("/admin/gc", Pager.filters(), request, history.total()), error));
    }
}
