package io.berth.ui.role;

import java.util.Optional;

/** Harbor's project roles with their ids and names. */
public enum Role {
    PROJECT_ADMIN(1, "projectAdmin"),
    DEVELOPER(2, "developer"),
    GUEST(3, "guest"),
    MAINTAINER(4, "maintainer"),
    LIMITED_GUEST(5, "limitedGuest");

    private final int id;
    private final String harborName;

    Role(int id, String harborName) {
        this.id = id;
        this.harborName = harborName;
    }

    public int id() {
        return id;
    }

    public String harborName() {
        return harborName;
    }

    public static Optional<Role> byId(int id) {
        for (Role r : values()) {
            if (r.id == id) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
