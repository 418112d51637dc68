package io.berth.core.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RepositoryRepository implements PanacheRepositoryBase<RepositoryEntity, Long> {

    public long countInProject(long projectId) {
        return count("projectId", projectId);
    }
}
