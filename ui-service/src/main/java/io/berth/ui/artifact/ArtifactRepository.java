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

    /** An artifact by reference: a digest ({@code algorithm:hex}) or the name of one of its tags. */
    public Optional<ArtifactEntity> findByReference(long repositoryId, String reference) {
        if (reference.contains(":")) {
            return findByDigest(repositoryId, reference);
        }
        return find("repositoryId = ?1 and id in (select t.artifactId from TagEntity t"
                + " where t.repositoryId = ?1 and t.name = ?2)", repositoryId, reference).firstResultOptional();
    }

    public long countInRepository(long repositoryId) {
        return count("repositoryId", repositoryId);
    }

    public PanacheQuery<ArtifactEntity> inRepository(long repositoryId, Sort sort) {
        return find("repositoryId", sort, repositoryId);
    }
}
