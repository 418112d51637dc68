package io.berth.common.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TokenClaims#ACCESS} claim of a registry token, as Docker's token specification writes
 * it: a list of {@code {"type", "name", "actions"}} entries. auth-service writes it and
 * registry-core reads it, both through this class.
 */
public final class AccessClaim {

    private static final String TYPE = "type";
    private static final String NAME = "name";
    private static final String ACTIONS = "actions";

    private AccessClaim() {
    }

    /** One entry, its actions in the order given. */
    public static Map<String, Object> entry(String type, String name, Collection<String> actions) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(TYPE, type);
        entry.put(NAME, name);
        entry.put(ACTIONS, List.copyOf(actions));
        return entry;
    }

    /**
     * The grants of a claim as parsed from a token's JSON: an entry without a string type and name
     * is skipped, one without a list of actions grants none; anything but a list grants nothing.
     */
    public static List<Scope> read(Object claim) {
        List<Scope> grants = new ArrayList<>();
        if (!(claim instanceof List<?> entries)) {
            return grants;
        }
        for (Object o : entries) {
            if (o instanceof Map<?, ?> m && m.get(TYPE) instanceof String type && m.get(NAME) instanceof String name) {
                List<String> actions = new ArrayList<>();
                if (m.get(ACTIONS) instanceof List<?> as) {
                    as.forEach(a -> actions.add(String.valueOf(a)));
                }
                grants.add(new Scope(type, name, Set.copyOf(actions)));
            }
        }
        return grants;
    }
}
