package io.berth.ui.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One component on the health page; {@code error} only when unhealthy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentHealth(String name, String status, String error) {

    public static final String HEALTHY = "healthy";
    public static final String UNHEALTHY = "unhealthy";

    static ComponentHealth healthy(String name) {
        return new ComponentHealth(name, HEALTHY, null);
    }

    static ComponentHealth unhealthy(String name, String error) {
        return new ComponentHealth(name, UNHEALTHY, error);
    }

    boolean isHealthy() {
        return HEALTHY.equals(status);
    }
}
