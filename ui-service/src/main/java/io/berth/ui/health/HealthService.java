package io.berth.ui.health;

import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Checks every component of the deployment at once, each for real. */
@ApplicationScoped
public class HealthService {

    private final ServiceProbe services;
    private final DatabaseProbe database;
    private final UiConfig config;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "health-probe");
        t.setDaemon(true);
        return t;
    });

    public HealthService(ServiceProbe services, DatabaseProbe database, UiConfig config) {
        this.services = services;
        this.database = database;
        this.config = config;
    }

    public OverallHealth check() {
        List<CompletableFuture<ComponentHealth>> checks = List.of(
                CompletableFuture.completedFuture(ComponentHealth.healthy("ui")),
                async(() -> services.probe("registry", config.registryUrl())),
                async(() -> services.probe("auth", config.authUrl())),
                async(() -> services.probe("log", config.logHealthUrl())),
                async(database::probe));
        return OverallHealth.of(checks.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<ComponentHealth> async(Supplier<ComponentHealth> check) {
        return CompletableFuture.supplyAsync(check, pool);
    }
}
