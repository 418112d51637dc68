package io.berth.ui.artifact;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ArtifactRepository implements PanacheRepositoryBase<ArtifactEntity, Long> {

    public Optional<ArtifactEntity> findByDigest(long repositoryId, String digest) {
        return find("repositoryId = ?1 and digest = ?2", repositoryId, digest).firstResultOptional();
    }

    public long countInRepository(long repositoryId) {
        return count("repositoryId", repositoryId);
    }

    public PanacheQuery<ArtifactEntity> inRepository(long repositoryId, Sort sort) {
        return find("repositoryId", sort, repositoryId);
    }
}
