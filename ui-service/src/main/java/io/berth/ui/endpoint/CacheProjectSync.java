package io.berth.ui.endpoint;

import io.berth.common.internal.InternalSecret;
import io.berth.common.internal.ProxyProject;
import io.berth.ui.domain.ProjectCreated;
import io.berth.ui.domain.ProjectDeleted;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps registry-core's table of cache projects equal to ours: the whole list is sent after every
 * committed change (from the sync's own thread when a token request made the change, see
 * {@link ProjectCreated#byPull()}) and when ui-service starts, and retried every few
 * seconds while registry-core cannot take it. registry-core persists it, so its data path never asks us which upstream a
 * project has (pulls keep working while ui-service is down).
 */
@ApplicationScoped
public class CacheProjectSync {

    private static final Logger LOG = Logger.getLogger(CacheProjectSync.class);
    private static final long RETRY_SECONDS = 5;

    private final RegistryCoreClient registry;
    private final ProjectRepository projects;
    private final RegistryEndpointRepository endpoints;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cache-project-sync");
        t.setDaemon(true);
        return t;
    });
    private boolean retryPending;

    public CacheProjectSync(RegistryCoreClient registry, ProjectRepository projects,
            RegistryEndpointRepository endpoints) {
        this.registry = registry;
        this.projects = projects;
        this.endpoints = endpoints;
    }

    void onStart(@Observes StartupEvent e) {
        retries.execute(this::pushOrRetry);
    }

    void onStop(@Observes ShutdownEvent e) {
        retries.shutdownNow();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CacheProjectsChanged change) {
        LOG.debugf("cache projects changed: %s", change.reason());
        pushOrRetry();
    }

    void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectCreated created) {
        if (created.cache()) {
            LOG.debugf("cache project created: %s", created.name());
            if (created.byPull()) {
                // asked for by a token request: registry-core hears of it without that request waiting
                retries.execute(this::pushOrRetry);
            } else {
                pushOrRetry();
            }
        }
    }

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectDeleted deleted) {
        if (deleted.cache()) {
            LOG.debugf("cache project deleted: %s", deleted.name());
            pushOrRetry();
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

    private void pushOrRetry() {
        if (!push()) {
            scheduleRetry();
        }
    }

    private synchronized void scheduleRetry() {
        if (retryPending || retries.isShutdown()) {
            return;
        }
        retryPending = true;
        retries.schedule(() -> {
            synchronized (this) {
                retryPending = false;
            }
            pushOrRetry();
        }, RETRY_SECONDS, TimeUnit.SECONDS);
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
