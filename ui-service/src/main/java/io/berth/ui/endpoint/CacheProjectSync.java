package io.berth.ui.endpoint;

import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.ProxyProject;
import io.berth.ui.domain.ProjectCreated;
import io.berth.ui.domain.ProjectDeleted;
import io.berth.ui.peer.PeerPush;
import io.berth.ui.peer.PeerSync;
import io.berth.ui.project.ProjectEntity;
import io.berth.ui.project.ProjectRepository;
import io.berth.ui.registry.RegistryCoreClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps registry-core's table of cache projects equal to ours: the whole list is sent after every
 * committed change (from the sync's own thread when a token request made the change, see
 * {@link ProjectCreated#byPull()}) and when ui-service starts, and retried while registry-core
 * cannot take it ({@link PeerPush}). registry-core persists it, so its data path never asks us which
 * upstream a project has (pulls keep working while ui-service is down).
 */
@ApplicationScoped
public class CacheProjectSync implements PeerSync {

    private static final Logger LOG = Logger.getLogger(CacheProjectSync.class);

    private final RegistryCoreClient registry;
    private final ProjectRepository projects;
    private final RegistryEndpointRepository endpoints;
    private final PeerPush pushes = new PeerPush("cache-project-table", this::push);

    public CacheProjectSync(RegistryCoreClient registry, ProjectRepository projects,
            RegistryEndpointRepository endpoints) {
        this.registry = registry;
        this.projects = projects;
        this.endpoints = endpoints;
    }

    @Override
    public PeerPush pushes() {
        return pushes;
    }

    void onStart(@Observes StartupEvent e) {
        pushes.inBackground();
    }

    void onStop(@Observes ShutdownEvent e) {
        pushes.stop();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CacheProjectsChanged change) {
        LOG.debugf("cache projects changed: %s", change.reason());
        pushes.now();
    }

    void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectCreated created) {
        if (created.cache()) {
            LOG.debugf("cache project created: %s", created.name());
            if (created.byPull()) {
                // asked for by a token request: registry-core hears of it without that request waiting
                pushes.inBackground();
            } else {
                pushes.now();
            }
        }
    }

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectDeleted deleted) {
        if (deleted.cache()) {
            LOG.debugf("cache project deleted: %s", deleted.name());
            pushes.now();
        }
    }

    /** Sends the table now; true when registry-core stored it. */
    public synchronized boolean push() {
        List<ProxyProject> table = QuarkusTransaction.requiringNew().call(this::table);
        try {
            registry.replaceCacheProjects(table);
            return true;
        } catch (RuntimeException ex) {
            LOG.warnf("failed to send the cache project table to the registry: %s", ex.getMessage());
            return false;
        }
    }

    private List<ProxyProject> table() {
        List<ProxyProject> out = new ArrayList<>();
        for (ProjectEntity p : projects.list("registryId is not null or mirrorCache = true")) {
            if (p.registryId == null) {
                out.add(new ProxyProject(p.name, null, false, null, null, false));
                continue;
            }
            RegistryEndpointEntity e = endpoints.findById(p.registryId);
            out.add(new ProxyProject(p.name, UpstreamUrls.pullUrl(e), UpstreamUrls.DOCKER_HUB.equals(e.type),
                    e.accessKey, e.accessSecret, e.insecure));
        }
        return out;
    }
}
