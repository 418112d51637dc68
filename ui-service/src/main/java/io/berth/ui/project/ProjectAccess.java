package io.berth.ui.project;

import io.berth.common.harbor.HarborException;
import io.berth.common.internal.Principal;
import io.berth.ui.role.AccessPolicy;
import io.berth.ui.role.ProjectAction;
import io.berth.ui.role.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Applies {@link AccessPolicy} to a stored project and the caller's membership in it. */
@ApplicationScoped
public class ProjectAccess {

    private final MemberRepository members;

    public ProjectAccess(MemberRepository members) {
        this.members = members;
    }

    public Optional<Role> role(Principal caller, long projectId) {
        if (caller.anonymous()) {
            return Optional.empty();
        }
        return members.find(projectId, caller.userId()).flatMap(m -> Role.byId(m.roleId));
    }

    public boolean can(Principal caller, ProjectEntity project, ProjectAction action) {
        return AccessPolicy.allows(caller, project.publicProject, role(caller, project.id), action);
    }

    /** Passes or throws: 401 for an anonymous caller, 403 for a logged-in one. */
    public void require(Principal caller, ProjectEntity project, ProjectAction action) {
        if (!can(caller, project, action)) {
            throw caller.anonymous() ? HarborException.unauthorized() : HarborException.forbidden();
        }
    }
}
