package io.berth.common.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One Docker token scope, {@code type:name:actions}. The name may itself contain {@code :}
 * (a registry host with a port), so the type is cut at the first colon and the actions at the
 * last one.
 */
public record Scope(String type, String name, Set<String> actions) {

    /** The resource types and actions of the grammar, as registry-core asks and ui-service grants them. */
    public static final String REPOSITORY = "repository";
    public static final String REGISTRY = "registry";
    /** The one {@link #REGISTRY} resource: {@code /v2/_catalog}. */
    public static final String CATALOG = "catalog";
    public static final String PULL = "pull";
    public static final String PUSH = "push";
    public static final String DELETE = "delete";
    /** Every action (the catalog's, and a project admin's on a repository). */
    public static final String ALL = "*";

    public Scope {
        actions = Set.copyOf(new LinkedHashSet<>(actions));
    }

    /** Parses one scope; returns null when it has not the three parts. */
    public static Scope parse(String text) {
        if (text == null) {
            return null;
        }
        int first = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (first <= 0 || last == first) {
            return null;
        }
        String type = text.substring(0, first);
        String name = text.substring(first + 1, last);
        if (name.isEmpty()) {
            return null;
        }
        String acts = text.substring(last + 1);
        Set<String> actions = new LinkedHashSet<>();
        for (String a : acts.split(",")) {
            if (!a.isBlank()) {
                actions.add(a.trim());
            }
        }
        return new Scope(type, name, actions);
    }

    /** Parses a space-separated list of scopes, as the {@code scope} query parameter carries. */
    public static List<Scope> parseAll(String spaceSeparated) {
        List<Scope> out = new ArrayList<>();
        if (spaceSeparated == null) {
            return out;
        }
        Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .map(Scope::parse)
                .filter(s -> s != null)
                .forEach(out::add);
        return out;
    }

    /** The challenge form, actions in a stable order. */
    public String format() {
        return type + ":" + name + ":" + String.join(",", actions.stream().sorted().toList());
    }
}
