package io.berth.ui.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Removes tags, artifacts and repositories from the metadata, whether a registry event or an
 * API call asked for it; a repository left without artifacts goes too, as the registry's does.
 */
@ApplicationScoped
public class ContentRemover {

    private final RepositoryRepository repositories;
    private final ArtifactRepository artifacts;
    private final TagRepository tags;
    private final ReferenceRepository references;

    public ContentRemover(RepositoryRepository repositories, ArtifactRepository artifacts, TagRepository tags,
            ReferenceRepository references) {
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.tags = tags;
        this.references = references;
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
