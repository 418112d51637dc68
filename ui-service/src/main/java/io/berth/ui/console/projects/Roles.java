package io.berth.ui.console.projects;

import io.berth.ui.role.Role;
import java.util.List;

/** Project roles as the console lists them (most powerful first) with their message keys. */
public final class Roles {

    /** A role's id and its {@code Msg} key. */
    public record Choice(int id, String key) {
    }

    public static final List<Choice> ALL = List.of(
            new Choice(Role.PROJECT_ADMIN.id(), "role_project_admin"),
            new Choice(Role.MAINTAINER.id(), "role_maintainer"),
            new Choice(Role.DEVELOPER.id(), "role_developer"),
            new Choice(Role.GUEST.id(), "role_guest"),
            new Choice(Role.LIMITED_GUEST.id(), "role_limited_guest"));

    private Roles() {
    }

    /** The key of a role id, or {@code role_none} for no membership. */
    public static String key(Integer roleId) {
        if (roleId == null) {
            return "role_none";
        }
        return ALL.stream().filter(c -> c.id() == roleId).map(Choice::key).findFirst().orElse("role_none");
    }
}
