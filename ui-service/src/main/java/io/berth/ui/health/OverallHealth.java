package io.berth.ui.health;

import java.util.List;

/** Harbor's {@code /health} body. */
public record OverallHealth(String status, List<ComponentHealth> components) {

    static OverallHealth of(List<ComponentHealth> components) {
        boolean all = components.stream().allMatch(ComponentHealth::isHealthy);
        return new OverallHealth(all ? ComponentHealth.HEALTHY : ComponentHealth.UNHEALTHY, components);
    }
}
