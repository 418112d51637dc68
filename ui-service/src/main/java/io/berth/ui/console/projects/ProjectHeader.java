package io.berth.ui.console.projects;

import io.berth.common.internal.Principal;
import io.berth.ui.project.ProjectAccess;
import io.berth.ui.role.ProjectAction;
import io.berth.ui.project.ProjectEntity;

/**
 * What every tab of a project page shows on top: the project, the visitor's role, which tabs
 * and actions the role allows (the services check again on every request), and the host that
 * push and pull commands name.
 */
public record ProjectHeader(String name, String path, boolean isPublic, boolean cache, String roleKey,
        boolean canPush, boolean canDelete, boolean canReadMembers, boolean canManageMembers, boolean canReadLogs,
        boolean canAdminister, String host, String tab) {

    static ProjectHeader of(ProjectEntity p, Principal caller, ProjectAccess access, String host, String tab) {
        return new ProjectHeader(p.name, ProjectLinks.project(p.name), p.publicProject, p.cache(),
                Roles.key(access.role(caller, p.id).map(r -> r.id()).orElse(null)),
                !p.cache() && access.can(caller, p, ProjectAction.PUSH),
                access.can(caller, p, ProjectAction.DELETE),
                access.can(caller, p, ProjectAction.READ_MEMBERS),
                access.can(caller, p, ProjectAction.MANAGE_MEMBERS),
                access.can(caller, p, ProjectAction.READ_LOGS),
                access.can(caller, p, ProjectAction.ADMINISTER), host, tab);
    }

    /** {@code host/project/} — the start of every image name in this project. */
    public String prefix() {
        return host + "/" + name + "/";
    }
}
