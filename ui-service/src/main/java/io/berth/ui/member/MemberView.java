package io.berth.ui.member;

import io.berth.ui.project.MemberEntity;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.ui.role.Role;

/** A project member as Harbor's API v2.0 shows it ({@code entity_type} "u" for a user). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MemberView(long id, long projectId, String entityName, String entityType, long entityId,
        int roleId, String roleName) {

    static MemberView of(MemberEntity m) {
        return new MemberView(m.id, m.projectId, m.username, "u", m.userId, m.roleId,
                Role.byId(m.roleId).map(Role::harborName).orElse(""));
    }
}
