package io.berth.registry.proxyproject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.http.OutboundHttp;
import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.ProxyProject;
import io.berth.common.internal.SealedSecrets;
import io.berth.registry.proxy.UpstreamClient;
import io.berth.registry.proxy.UpstreamRoute;
import io.berth.registry.proxy.UpstreamRouter;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Routes each repository to its upstream: {@code <project>/<path>} of a proxy-cache project
 * goes to that project's registry as {@code <path>}; every other repository goes to the
 * registry-wide mirror, if one is configured, under its own name. The table lives in memory
 * (loaded from {@link ProxyProjectStore}, replaced when ui-service sends a new one), so the
 * data path never calls another service.
 */
@Singleton
public class ProjectUpstreams implements UpstreamRouter {

    private static final Logger LOG = Logger.getLogger(ProjectUpstreams.class);

    /** One cache project and, when it has its own registry, the client of that registry. */
    private record Entry(ProxyProject project, Optional<UpstreamClient> client) {
    }

    private final UpstreamClient mirror;
    private final ProxyProjectStore store;
    private final ObjectMapper json;
    private final Optional<SealedSecrets> sealed;
    private final OutboundHttp http;
    private volatile Map<String, Entry> table;

    public ProjectUpstreams(UpstreamClient mirror, ProxyProjectStore store, ObjectMapper json, InternalSecret secret,
            OutboundHttp http) {
        this.http = http;
        this.mirror = mirror;
        this.store = store;
        this.json = json;
        this.sealed = secret.configured() ? Optional.of(new SealedSecrets(secret.value())) : Optional.empty();
        this.table = build(store.load());
    }

    @Override
    public Optional<UpstreamRoute> route(String repository) {
        int slash = repository.indexOf('/');
        Entry e = slash > 0 ? table.get(repository.substring(0, slash)) : null;
        if (e != null && e.client().isPresent()) {
            String path = repository.substring(slash + 1);
            boolean library = e.project().dockerHub() && !path.contains("/");
            return Optional.of(new UpstreamRoute(e.client().get(), library ? "library/" + path : path));
        }
        return mirror.enabled() ? Optional.of(new UpstreamRoute(mirror, repository)) : Optional.empty();
    }

    /** Whether the repository lies in a cache project, where pushes are refused. */
    public boolean inCacheProject(String repository) {
        int slash = repository.indexOf('/');
        return slash > 0 && table.containsKey(repository.substring(0, slash));
    }

    /** Replaces the whole table, persisting it first so a restart keeps it. */
    public synchronized void replace(List<ProxyProject> projects) throws IOException {
        Map<String, Entry> next = build(projects);
        store.save(projects);
        table = next;
        LOG.infof("cache projects updated: %d", projects.size());
    }

    private Map<String, Entry> build(List<ProxyProject> projects) {
        Map<String, Entry> out = new HashMap<>();
        for (ProxyProject p : projects) {
            if (p.project() == null || p.project().isBlank()) {
                throw new IllegalArgumentException("a cache project needs a name");
            }
            Optional<UpstreamClient> client = Optional.ofNullable(p.url()).filter(u -> !u.isBlank())
                    .map(u -> UpstreamClient.of(u, Optional.ofNullable(p.username()), password(p), p.insecure(),
                            json, http));
            out.put(p.project(), new Entry(p, client));
        }
        return Map.copyOf(out);
    }

    private Optional<String> password(ProxyProject p) {
        if (p.sealedPassword() == null || p.sealedPassword().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sealed.orElseThrow(() -> new IllegalStateException(
                "an internal secret is needed to open upstream credentials")).open(p.sealedPassword()));
    }
}
