package io.berth.ui.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.ui.artifact.ArtifactEntity;
import io.berth.ui.artifact.ArtifactRepository;
import io.berth.ui.artifact.ContentRemover;
import io.berth.ui.artifact.TagEntity;
import io.berth.ui.artifact.TagRepository;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.registry.RegistryCatalog;
import io.berth.ui.repository.RepositoryEntity;
import io.berth.ui.repository.RepositoryRepository;
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
    private final ArtifactRepository artifacts;
    private final TagRepository tags;
    private final ContentRemover remover;

    public CatalogSync(ProjectRepository projects, RepositoryRepository repositories, ArtifactRepository artifacts,
            TagRepository tags, ContentRemover remover) {
        this.projects = projects;
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.tags = tags;
        this.remover = remover;
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
            Optional<RepositoryEntity> known = repositories.findByName(entry.name());
            RepositoryEntity repo = known.orElseGet(() -> newRepository(project.get(), entry.name(), now));
            if (known.isEmpty()) {
                reposAdded++;
            }
            Map<String, String> wanted = entry.tags() == null ? Map.of() : entry.tags();
            for (Map.Entry<String, String> t : wanted.entrySet()) {
                tagCount++;
                ArtifactEntity a = artifacts.findByDigest(repo.id, t.getValue())
                        .orElseGet(() -> newArtifact(repo, t.getValue(), now));
                Optional<TagEntity> tag = tags.findByName(repo.id, t.getKey());
                if (tag.isEmpty()) {
                    TagEntity n = new TagEntity();
                    n.repositoryId = repo.id;
                    n.artifactId = a.id;
                    n.name = t.getKey();
                    n.pushTime = now;
                    tags.persist(n);
                    added++;
                } else if (tag.get().artifactId != a.id) {
                    tag.get().artifactId = a.id;
                    tag.get().pushTime = now;
                    moved++;
                }
            }
            for (TagEntity t : tags.list("repositoryId", repo.id)) {
                if (!wanted.containsKey(t.name)) {
                    tags.delete(t);
                    removed++;
                }
            }
        }
        int reposRemoved = 0;
        for (RepositoryEntity r : repositories.listAll()) {
            if (!seen.contains(r.name)) {
                remover.removeRepository(r);
                reposRemoved++;
            }
        }
        return new Result(repoCount, tagCount, reposAdded, reposRemoved, added, moved, removed);
    }

    private Optional<ProjectEntity> projectOf(String name) {
        int slash = name == null ? -1 : name.indexOf('/');
        return slash > 0 ? projects.findByName(name.substring(0, slash)) : Optional.empty();
    }

    private RepositoryEntity newRepository(ProjectEntity project, String name, Instant now) {
        RepositoryEntity r = new RepositoryEntity();
        r.projectId = project.id;
        r.name = name;
        r.creationTime = now;
        r.updateTime = now;
        repositories.persist(r);
        return r;
    }

    private ArtifactEntity newArtifact(RepositoryEntity repo, String digest, Instant now) {
        ArtifactEntity a = new ArtifactEntity();
        a.projectId = repo.projectId;
        a.repositoryId = repo.id;
        a.digest = digest;
        a.mediaType = "";
        a.size = 0;
        a.pushTime = now;
        artifacts.persist(a);
        return a;
    }
}
