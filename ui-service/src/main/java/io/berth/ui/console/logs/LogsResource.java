package io.berth.ui.console.logs;

import io.berth.common.harbor.ListParams;
import io.berth.common.internal.Principal;
import io.berth.common.harbor.PageRequest;
import io.berth.ui.audit.AuditFilter;
import io.berth.ui.audit.AuditLogView;
import io.berth.ui.audit.AuditService;
import io.berth.ui.console.projects.ProjectPageResource;
import io.berth.ui.console.web.Chrome;
import io.berth.ui.console.web.Guard;
import io.berth.ui.console.web.Option;
import io.berth.ui.console.web.Pager;
import io.berth.ui.console.web.Views;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /logs}: the audit log a visitor may read (all of it for system admins), filtered and paged. */
@Path("/logs")
@Produces(MediaType.TEXT_HTML)
public class LogsResource {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance logs(Chrome page, String action, String operation, String user,
                List<Option> operations, List<AuditLogView> rows, Pager pager);
    }

    private final Views views;
    private final Guard guard;
    private final AuditService audit;

    public LogsResource(Views views, Guard guard, AuditService audit) {
        this.views = views;
        this.guard = guard;
        this.audit = audit;
    }

    @GET
    public TemplateInstance logs(@QueryParam("operation") String operation, @QueryParam("user") String user,
            @QueryParam("page") String page) {
        Principal caller = guard.user();
        String op = ProjectPageResource.operation(operation);
        String who = user == null ? "" : user.trim();
        PageRequest request = Pager.request(page);
        AuditFilter filter = new AuditFilter(op.isEmpty() ? null : new ListParams.Term(op, false),
                who.isEmpty() ? null : new ListParams.Term(who, true), null, null, null, null);
        AuditService.Listing listing = audit.all(caller, filter, Sort.descending("opTime", "id"), request);
        Pager pager = Pager.of("/logs", Pager.filters("operation", op, "user", who), request, listing.total());
        return views.render(Templates.logs(views.chrome("logs"), "/logs", op, who, ProjectPageResource.OPERATIONS,
                listing.items(), pager));
    }
}
