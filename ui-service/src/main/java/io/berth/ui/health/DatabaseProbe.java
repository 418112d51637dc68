package io.berth.ui.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/** Checks that the database answers on a pooled connection. */
@ApplicationScoped
public class DatabaseProbe {

    private final AgroalDataSource dataSource;

    public DatabaseProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ComponentHealth probe() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(3) ? ComponentHealth.healthy("database")
                    : ComponentHealth.unhealthy("database", "connection not valid");
        } catch (Exception e) {
            return ComponentHealth.unhealthy("database", "unreachable");
        }
    }
}
