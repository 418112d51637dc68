package io.berth.ui.artifact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<TagEntity, Long> {

    public Optional<TagEntity> findByName(long repositoryId, String name) {
        return find("repositoryId = ?1 and name = ?2", repositoryId, name).firstResultOptional();
    }

    public List<TagEntity> ofArtifact(long artifactId) {
        return list("artifactId", Sort.by("name"), artifactId);
    }
}
