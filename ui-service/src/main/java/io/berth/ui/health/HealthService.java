package io.berth.ui.health;

import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Checks every component of the deployment at once, each for real. */
@ApplicationScoped
public class HealthService {

    private final ServiceProbe services;
    private final DatabaseProbe database;
    private final UiConfig config;

    public HealthService(ServiceProbe services, DatabaseProbe database, UiConfig config) {
        this.services = services;
        this.database = database;
        this.config = config;
    }

    /** On a worker thread: the services are asked on the event loop while it checks the database. */
    public OverallHealth check() {
        List<CompletableFuture<ComponentHealth>> peers = List.of(
                services.probe("registry", config.registryUrl()),
                services.probe("auth", config.authUrl()),
                services.probe("log", config.logHealthUrl()));
        ComponentHealth db = database.probe();
        return OverallHealth.of(List.of(ComponentHealth.healthy("ui"), peers.get(0).join(), peers.get(1).join(),
                peers.get(2).join(), db));
    }
}
