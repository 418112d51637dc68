package io.berth.ui.role;

import io.berth.common.internal.Principal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides who may do what (Harbor's role table, docs/protocols.md §3). A
 * system admin passes every check; otherwise the caller's role in the project decides; a public
 * project lets anyone, anonymous included, read and pull. Used by the token path
 * ({@code /internal/v1/access}) and the REST API.
 */
public final class AccessPolicy {

    private static final Set<ProjectAction> PUBLIC = EnumSet.of(ProjectAction.READ, ProjectAction.PULL);
    private static final Map<Role, Set<ProjectAction>> GRANTS = new EnumMap<>(Role.class);

    static {
        Set<ProjectAction> limited = EnumSet.of(ProjectAction.READ, ProjectAction.PULL);
        Set<ProjectAction> guest = EnumSet.copyOf(limited);
        guest.add(ProjectAction.READ_MEMBERS);
        Set<ProjectAction> developer = EnumSet.copyOf(guest);
        developer.add(ProjectAction.PUSH);
        Set<ProjectAction> maintainer = EnumSet.copyOf(developer);
        maintainer.add(ProjectAction.DELETE);
        GRANTS.put(Role.LIMITED_GUEST, limited);
        GRANTS.put(Role.GUEST, guest);
        GRANTS.put(Role.DEVELOPER, developer);
        GRANTS.put(Role.MAINTAINER, maintainer);
        GRANTS.put(Role.PROJECT_ADMIN, EnumSet.allOf(ProjectAction.class));
    }

    private AccessPolicy() {
    }

    /**
     * @param publicProject whether the project is public
     * @param role the caller's role in the project, empty for a non-member or anonymous caller
     */
    public static boolean allows(Principal caller, boolean publicProject, Optional<Role> role, ProjectAction action) {
        if (!caller.anonymous() && caller.sysadmin()) {
            return true;
        }
        if (publicProject && PUBLIC.contains(action)) {
            return true;
        }
        return !caller.anonymous() && role.map(r -> GRANTS.get(r).contains(action)).orElse(false);
    }

    /** Only a system admin reads the registry catalog. */
    public static boolean allowsCatalog(Principal caller) {
        return !caller.anonymous() && caller.sysadmin();
    }
}
