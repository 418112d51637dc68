package io.berth.ui.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.ui.artifact.ArtifactEntity;
import io.berth.ui.artifact.ArtifactCatalogue;
import io.berth.ui.artifact.RepositoryNames;
import io.berth.ui.artifact.TagEntity;
import io.berth.ui.artifact.TagRepository;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.registry.RegistryCatalog;
import io.berth.ui.artifact.RepositoryEntity;
import io.berth.ui.artifact.RepositoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the repository, artifact and tag tables match registry-core's catalog, in one
 * transaction: repositories of existing projects are added or removed, every tag points at the
 * digest the registry has. Artifacts already known keep their size and media type; new ones get
 * size 0 and an empty media type until the next push event tells more. Untagged artifacts stay
 * (the catalog lists tags only).
 */
@ApplicationScoped
public class CatalogSync {

    /** What a resync changed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Result(int repositories, int tags, int repositoriesAdded, int repositoriesRemoved,
            int tagsAdded, int tagsMoved, int tagsRemoved) {
    }

    private final ProjectRepository projects;
    private final RepositoryRepository repositories;
    private final TagRepository tags;
    private final ArtifactCatalogue catalogue;

    public CatalogSync(ProjectRepository projects, RepositoryRepository repositories, TagRepository tags,
            ArtifactCatalogue catalogue) {
        this.projects = projects;
        this.repositories = repositories;
        this.tags = tags;
        this.catalogue = catalogue;
    }

    @Transactional
    public Result apply(RegistryCatalog catalog) {
        Instant now = Instant.now();
        Set<String> seen = new HashSet<>();
        int repoCount = 0;
        int tagCount = 0;
        int reposAdded = 0;
        int added = 0;
        int moved = 0;
        int removed = 0;
        for (RegistryCatalog.Entry entry : catalog.repositories()) {
            Optional<ProjectEntity> project = projectOf(entry.name());
            if (project.isEmpty()) {
                continue;
            }
            seen.add(entry.name());
            repoCount++;
            if (repositories.findByName(entry.name()).isEmpty()) {
                reposAdded++;
            }
            RepositoryEntity repo = catalogue.repository(project.get().id, entry.name(), now);
            Map<String, String> wanted = entry.tags() == null ? Map.of() : entry.tags();
            for (Map.Entry<String, String> t : wanted.entrySet()) {
                tagCount++;
                ArtifactEntity a = catalogue.artifact(repo, t.getValue(), now);
                switch (catalogue.tagSynced(repo, t.getKey(), a.id, now)) {
                    case ADDED -> added++;
                    case MOVED -> moved++;
                    case UNCHANGED -> { }
                }
            }
            for (TagEntity t : tags.list("repositoryId", repo.id)) {
                if (!wanted.containsKey(t.name)) {
                    catalogue.removeTag(repo, t.name);
                    removed++;
                }
            }
        }
        int reposRemoved = 0;
        for (RepositoryEntity r : repositories.listAll()) {
            if (!seen.contains(r.name)) {
                catalogue.removeRepository(r);
                reposRemoved++;
            }
        }
        return new Result(repoCount, tagCount, reposAdded, reposRemoved, added, moved, removed);
    }

    private Optional<ProjectEntity> projectOf(String name) {
        return RepositoryNames.projectOf(name).flatMap(projects::findByName);
    }
}
