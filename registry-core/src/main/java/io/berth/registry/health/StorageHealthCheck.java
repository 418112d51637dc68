package io.berth.registry.health;

import io.berth.registry.storage.driver.StorageDriver;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the storage driver takes a write and gives it back. */
@Readiness
@Singleton
public class StorageHealthCheck implements HealthCheck {

    private static final String PROBE = "/_berth/health/probe";

    private final StorageDriver driver;

    public StorageHealthCheck(StorageDriver driver) {
        this.driver = driver;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            byte[] now = String.valueOf(System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8);
            driver.putContent(PROBE, now);
            boolean ok = java.util.Arrays.equals(now, driver.getContent(PROBE));
            return HealthCheckResponse.named("storage").status(ok).withData("driver", driver.name()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("storage").down().withData("driver", driver.name()).build();
        }
    }
}
