package io.berth.ui.artifact;

import io.berth.common.event.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one writer of repository, artifact and tag rows: a push event, a resync from the
 * registry's catalog and a tag added through the API all record content here, and deletes
 * (whether a registry event or an API call asked for them) remove it here, in the caller's
 * transaction; a repository left without artifacts goes too, as the registry's does.
 */
@ApplicationScoped
public class ArtifactCatalogue {

    /** What recording a tag did. */
    public enum TagChange { ADDED, MOVED, UNCHANGED }

    private final RepositoryRepository repositories;
    private final ArtifactRepository artifacts;
    private final TagRepository tags;
    private final ReferenceRepository references;

    public ArtifactCatalogue(RepositoryRepository repositories, ArtifactRepository artifacts, TagRepository tags,
            ReferenceRepository references) {
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.tags = tags;
        this.references = references;
    }

    /** The repository {@code project/name...}, created at {@code at} when new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepositoryEntity repository(long projectId, String name, Instant at) {
        return repositories.findByName(name).orElseGet(() -> {
            RepositoryEntity r = new RepositoryEntity();
            r.projectId = projectId;
            r.name = name;
            r.created(at);
            repositories.persist(r);
            return r;
        });
    }

    /** The repository a push went to: created when new, its update time the push's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepositoryEntity pushedTo(long projectId, String name, Instant at) {
        RepositoryEntity r = repository(projectId, name, at);
        r.updateTime = at;
        return r;
    }

    /**
     * The artifact by digest, created when new with what is known of it (nothing yet from a
     * catalog: size 0 and no media type until a push event tells more).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArtifactEntity artifact(RepositoryEntity repo, String digest, Instant at) {
        return artifacts.findByDigest(repo.id, digest).orElseGet(() -> {
            ArtifactEntity a = new ArtifactEntity();
            a.projectId = repo.projectId;
            a.repositoryId = repo.id;
            a.digest = digest;
            a.mediaType = "";
            a.size = 0;
            a.pushTime = at;
            artifacts.persist(a);
            return a;
        });
    }

    /** A pushed manifest: its media type, size including its blobs, push time and (for an index) children. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArtifactEntity pushed(RepositoryEntity repo, String digest, String mediaType, long size,
            List<String> children, Map<String, Platform> platforms, Instant at) {
        ArtifactEntity a = artifact(repo, digest, at);
        a.mediaType = mediaType == null ? "" : mediaType;
        a.size = size;
        a.pushTime = at;
        references.replace(a.id, children == null ? List.of() : children, platforms);
        return a;
    }

    /** A tag pushed or added: it points at the artifact from now on, with this push time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TagEntity tagPushed(RepositoryEntity repo, String name, long artifactId, Instant at) {
        TagEntity t = tags.findByName(repo.id, name).orElseGet(TagEntity::new);
        t.repositoryId = repo.id;
        t.name = name;
        t.artifactId = artifactId;
        t.pushTime = at;
        if (t.id == null) {
            tags.persist(t);
        }
        return t;
    }

    /** A tag as the registry's catalog has it: added or moved (with this time), else left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TagChange tagSynced(RepositoryEntity repo, String name, long artifactId, Instant at) {
        Optional<TagEntity> known = tags.findByName(repo.id, name);
        if (known.isPresent() && known.get().artifactId == artifactId) {
            return TagChange.UNCHANGED;
        }
        tagPushed(repo, name, artifactId, at);
        return known.isEmpty() ? TagChange.ADDED : TagChange.MOVED;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeTag(RepositoryEntity repo, String tag) {
        tags.findByName(repo.id, tag).ifPresent(tags::delete);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeArtifact(RepositoryEntity repo, String digest) {
        artifacts.findByDigest(repo.id, digest).ifPresent(a -> {
            tags.delete("artifactId", a.id);
            references.delete("parentId", a.id);
            artifacts.delete(a);
        });
        removeIfEmpty(repo);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeIfEmpty(RepositoryEntity repo) {
        if (artifacts.countInRepository(repo.id) == 0) {
            repositories.delete(repo);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeRepository(RepositoryEntity repo) {
        tags.delete("repositoryId", repo.id);
        artifacts.list("repositoryId", repo.id).forEach(a -> references.delete("parentId", a.id));
        artifacts.delete("repositoryId", repo.id);
        repositories.delete(repo);
    }
}
