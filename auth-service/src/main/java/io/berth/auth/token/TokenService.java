package io.berth.auth.token;

import io.berth.common.internal.AccessAnswer;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.internal.Principal;
import io.berth.common.token.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrows requested scopes to what ui-service grants and signs the token (or hands out one just
 * signed for the same grant, {@link RecentTokens}). It never fails for
 * missing rights: an action not granted is simply left out (distribution's token spec, docs/protocols.md §2).
 */
@ApplicationScoped
public class TokenService {

    private final AccessClient access;
    private final RegistryTokenIssuer issuer;
    private final RecentTokens recent;

    public TokenService(AccessClient access, RegistryTokenIssuer issuer, RecentTokens recent) {
        this.access = access;
        this.issuer = issuer;
        this.recent = recent;
    }

    public RegistryTokenIssuer.IssuedToken issue(Principal principal, List<Scope> scopes) {
        List<AccessQuestion.Resource> granted = grant(principal, scopes);
        return recent.reuseOrSign(principal.username(), granted, issuer.expiresInSeconds(),
                () -> issuer.issue(principal.username(), granted));
    }

    List<AccessQuestion.Resource> grant(Principal principal, List<Scope> scopes) {
        List<AccessQuestion.Resource> wanted = merge(scopes);
        if (wanted.isEmpty()) {
            return List.of();
        }
        AccessAnswer answer = access.ask(new AccessQuestion(principal, wanted));
        Map<String, Set<String>> answered = new LinkedHashMap<>();
        for (AccessQuestion.Resource r : answer.resources()) {
            if (r != null && r.actions() != null) {
                answered.computeIfAbsent(key(r.type(), r.name()), k -> new LinkedHashSet<>()).addAll(r.actions());
            }
        }
        List<AccessQuestion.Resource> granted = new ArrayList<>();
        for (AccessQuestion.Resource w : wanted) {
            Set<String> held = answered.getOrDefault(key(w.type(), w.name()), Set.of());
            List<String> actions = w.actions().stream().filter(held::contains).toList();
            granted.add(new AccessQuestion.Resource(w.type(), w.name(), actions));
        }
        return granted;
    }

    /** One resource per type and name, actions in the order first asked. */
    private static List<AccessQuestion.Resource> merge(List<Scope> scopes) {
        Map<String, AccessQuestion.Resource> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> actions = new LinkedHashMap<>();
        for (Scope s : scopes) {
            String k = key(s.type(), s.name());
            byKey.putIfAbsent(k, new AccessQuestion.Resource(s.type(), s.name(), List.of()));
            actions.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(s.actions().stream().sorted().toList());
        }
        List<AccessQuestion.Resource> out = new ArrayList<>();
        byKey.forEach((k, r) -> out.add(new AccessQuestion.Resource(r.type(), r.name(), List.copyOf(actions.get(k)))));
        return out;
    }

    private static String key(String type, String name) {
        return type + "\u0000" + name;
    }
}
