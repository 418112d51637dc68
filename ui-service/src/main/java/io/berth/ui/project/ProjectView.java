package io.berth.ui.project;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A project as Harbor's API v2.0 shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectView(
        long projectId,
        String name,
        long ownerId,
        String ownerName,
        Instant creationTime,
        Instant updateTime,
        boolean deleted,
        boolean togglable,
        Integer currentUserRoleId,
        List<Integer> currentUserRoleIds,
        long repoCount,
        long registryId,
        Map<String, String> metadata) {

    static ProjectView of(ProjectEntity p, Integer roleId, long repoCount) {
        return new ProjectView(p.id, p.name, p.ownerId, p.ownerName, p.creationTime, p.updateTime, false, true,
                roleId, roleId == null ? List.of() : List.of(roleId), repoCount, p.registryId == null ? 0 : p.registryId,
                Map.of("public", Boolean.toString(p.publicProject)));
    }
}
