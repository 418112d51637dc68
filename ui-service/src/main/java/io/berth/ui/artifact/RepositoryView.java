package io.berth.ui.artifact;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A repository as Harbor's API v2.0 shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RepositoryView(long id, long projectId, String name, String description, long artifactCount,
        long pullCount, Instant creationTime, Instant updateTime) {

    public static RepositoryView of(RepositoryEntity r, long artifactCount) {
        return new RepositoryView(r.id, r.projectId, r.name, r.description, artifactCount, r.pullCount,
                r.creationTime, r.updateTime);
    }
}
