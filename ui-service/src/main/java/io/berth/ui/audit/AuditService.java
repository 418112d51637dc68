package io.berth.ui.audit;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.PageRequest;
import io.berth.common.internal.Principal;
import io.berth.ui.api.Slice;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRef;
import io.berth.ui.project.ProjectService;
import io.berth.ui.role.ProjectAction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads audit entries by the role table. */
@ApplicationScoped
public class AuditService {

    public record Listing(List<AuditLogView> items, long total) {
    }

    private final AuditLogRepository logs;
    private final ProjectService projects;

    public AuditService(AuditLogRepository logs, ProjectService projects) {
        this.logs = logs;
        this.projects = projects;
    }

    /** System admins see everything; other users the projects they administer. */
    public Listing all(Principal caller, AuditFilter filter, Sort sort, PageRequest page) {
        if (caller.anonymous()) {
            throw HarborException.unauthorized();
        }
        return listing(Slice.of(logs.search(null, caller.sysadmin() ? null : caller.userId(), filter, sort), page));
    }

    public Listing ofProject(Principal caller, ProjectRef project, AuditFilter filter, Sort sort,
            PageRequest page) {
        ProjectEntity p = projects.get(caller, project, ProjectAction.READ_LOGS);
        return listing(Slice.of(logs.search(p.id, null, filter, sort), page));
    }

    private static Listing listing(Slice<AuditLogEntity> found) {
        return new Listing(found.items().stream().map(AuditLogView::of).toList(), found.total());
    }
}
