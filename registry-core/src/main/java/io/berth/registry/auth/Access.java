package io.berth.registry.auth;

import io.berth.common.token.Scope;
import java.util.List;

/** Who is calling and what the token grants; {@link #OPEN} when the registry runs without auth. */
public record Access(String subject, List<Scope> granted, boolean open) {

    public static final Access OPEN = new Access("", List.of(), true);

    public boolean permits(String type, String name, String action) {
        if (open) {
            return true;
        }
        for (Scope s : granted) {
            if (s.type().equals(type) && s.name().equals(name)
                    && (s.actions().contains(action) || s.actions().contains(Scope.ALL))) {
                return true;
            }
        }
        return false;
    }
}
