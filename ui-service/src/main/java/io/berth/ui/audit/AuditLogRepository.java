package io.berth.ui.audit;

import io.berth.common.harbor.ListParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditLogRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {

    /**
     * Entries matching the filter in one project, or (projectId null) in the projects
     * {@code adminOf} administers; both null means everything (system admin).
     */
    public PanacheQuery<AuditLogEntity> search(Long projectId, Long adminOf, AuditFilter f, Sort sort) {
        StringBuilder q = new StringBuilder("from AuditLogEntity a where 1 = 1");
        Parameters params = new Parameters();
        if (projectId != null) {
            q.append(" and a.projectId = :pid");
            params.and("pid", projectId);
        } else if (adminOf != null) {
            q.append(" and a.projectId in (select m.projectId from MemberEntity m where m.userId = :uid and m.roleId = 1)");
            params.and("uid", adminOf);
        }
        term(q, params, "operation", f.operation());
        term(q, params, "username", f.username());
        term(q, params, "resource", f.resource());
        term(q, params, "resourceType", f.resourceType());
        if (f.from() != null) {
            q.append(" and a.opTime >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and a.opTime <= :to");
            params.and("to", f.to());
        }
        return find(q.toString(), sort, params);
    }

    private static void term(StringBuilder q, Parameters params, String field, ListParams.Term t) {
        if (t == null || t.value().isEmpty()) {
            return;
        }
        if (t.fuzzy()) {
            q.append(" and a.").append(field).append(" like :").append(field);
            params.and(field, "%" + t.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        } else {
            q.append(" and a.").append(field).append(" = :").append(field);
            params.and(field, t.value());
        }
    }
}
