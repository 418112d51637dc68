package io.berth.ui.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Harbor's anonymous {@code /health} and {@code /ping}. */
@Path("/api/v2.0")
public class HealthResource {

    private final HealthService health;

    public HealthResource(HealthService health) {
        this.health = health;
    }

    @GET
    @Path("/health")
    @Produces(MediaType.APPLICATION_JSON)
    public OverallHealth health() {
        return health.check();
    }

    @GET
    @Path("/ping")
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "Pong";
    }
}
