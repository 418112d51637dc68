package io.berth.ui.console.admin;

import io.berth.ui.artifact.ArtifactRepository;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.artifact.RepositoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What the registry holds, counted from ui-service's metadata: projects, repositories,
 * artifacts and the sum of the artifacts' sizes (layers shared by artifacts count once each).
 */
@ApplicationScoped
public class StorageUse {

    /** The counts and the summed size in bytes. */
    public record Totals(long projects, long repositories, long artifacts, long bytes) {
    }

    private final ProjectRepository projects;
    private final RepositoryRepository repositories;
    private final ArtifactRepository artifacts;

    public StorageUse(ProjectRepository projects, RepositoryRepository repositories, ArtifactRepository artifacts) {
        this.projects = projects;
        this.repositories = repositories;
        this.artifacts = artifacts;
    }

    @Transactional
    public Totals totals() {
        Long bytes = artifacts.getEntityManager()
                .createQuery("select coalesce(sum(a.size), 0) from ArtifactEntity a", Long.class).getSingleResult();
        return new Totals(projects.count(), repositories.count(), artifacts.count(), bytes == null ? 0 : bytes);
    }
}
