package io.berth.ui.project;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<ProjectEntity, Long> {

    public Optional<ProjectEntity> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** The projects matching the filter, in order (page it with {@code Slice}). */
    public PanacheQuery<ProjectEntity> search(ProjectFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.name() != null) {
            if (filter.fuzzyName()) {
                where.add("lower(p.name) like :name");
                params.and("name", "%" + escapeLike(filter.name().toLowerCase()) + "%");
            } else {
                where.add("p.name = :name");
                params.and("name", filter.name());
            }
        }
        if (filter.publicOnly() != null) {
            where.add("p.publicProject = :pub");
            params.and("pub", filter.publicOnly());
        }
        if (filter.owner() != null) {
            where.add("p.ownerName = :owner");
            params.and("owner", filter.owner());
        }
        if (filter.visibleTo() != null) {
            if (filter.visibleTo() == 0) {
                where.add("p.publicProject = true");
            } else {
                where.add("(p.publicProject = true or p.id in "
                        + "(select m.projectId from MemberEntity m where m.userId = :uid))");
                params.and("uid", filter.visibleTo());
            }
        }
        String query = "from ProjectEntity p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, sort, params);
    }

    /** The projects the user is a member of, optionally by name fragment (page it with {@code Slice}). */
    public PanacheQuery<ProjectEntity> memberOf(long userId, String fuzzyName, Sort sort) {
        Parameters params = Parameters.with("uid", userId);
        String query = "from ProjectEntity p where p.id in (select m.projectId from MemberEntity m where m.userId = :uid)";
        if (fuzzyName != null && !fuzzyName.isEmpty()) {
            query += " and lower(p.name) like :name";
            params.and("name", "%" + escapeLike(fuzzyName.toLowerCase()) + "%");
        }
        return find(query, sort, params);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
