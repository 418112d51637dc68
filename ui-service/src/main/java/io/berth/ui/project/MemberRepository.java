package io.berth.ui.project;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<MemberEntity, Long> {

    public Optional<MemberEntity> find(long projectId, long userId) {
        return find("projectId = ?1 and userId = ?2", projectId, userId).firstResultOptional();
    }

    public Optional<MemberEntity> findInProject(long projectId, long memberId) {
        return find("projectId = ?1 and id = ?2", projectId, memberId).firstResultOptional();
    }

    public PanacheQuery<MemberEntity> inProject(long projectId, String entityName) {
        Parameters params = Parameters.with("pid", projectId);
        String query = "projectId = :pid";
        if (entityName != null && !entityName.isEmpty()) {
            query += " and lower(username) like :name";
            params.and("name", "%" + entityName.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return find(query, Sort.by("id"), params);
    }

    public long countRole(long projectId, int roleId) {
        return count("projectId = ?1 and roleId = ?2", projectId, roleId);
    }

    public long deleteProject(long projectId) {
        return delete("projectId", projectId);
    }
}
