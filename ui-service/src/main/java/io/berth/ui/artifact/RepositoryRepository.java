package io.berth.ui.artifact;

import io.berth.ui.project.ProjectContents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RepositoryRepository implements PanacheRepositoryBase<RepositoryEntity, Long>, ProjectContents {

    @Override
    public long repositoryCount(long projectId) {
        return countInProject(projectId);
    }

    public long countInProject(long projectId) {
        return count("projectId", projectId);
    }

    public Optional<RepositoryEntity> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /**
     * Repositories matching the name filter, in one project or (projectId null) in all projects
     * visible to {@code visibleTo}: null for a system admin, 0 for anonymous, else a user id.
     */
    public PanacheQuery<RepositoryEntity> search(Long projectId, String name, boolean fuzzy, Long visibleTo,
            Sort sort) {
        StringBuilder q = new StringBuilder("from RepositoryEntity r where 1 = 1");
        Parameters params = new Parameters();
        if (projectId != null) {
            q.append(" and r.projectId = :pid");
            params.and("pid", projectId);
        }
        if (name != null && !name.isEmpty()) {
            if (fuzzy) {
                q.append(" and r.name like :name");
                params.and("name", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            } else {
                q.append(" and r.name = :name");
                params.and("name", name);
            }
        }
        if (projectId == null && visibleTo != null) {
            q.append(" and r.projectId in (select p.id from ProjectEntity p where p.publicProject = true");
            if (visibleTo != 0) {
                q.append(" or p.id in (select m.projectId from MemberEntity m where m.userId = :uid)");
                params.and("uid", visibleTo);
            }
            q.append(")");
        }
        return find(q.toString(), sort, params);
    }
}
