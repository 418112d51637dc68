package io.berth.common.internal;

/**
 * What every service agrees on for calls inside the deployment. Internal endpoints live under
 * {@link #PREFIX}, are never routed by the gateway, and demand the deployment's secret in
 * {@link #SECRET_HEADER}.
 */
public final class InternalApi {
    public static final String PREFIX = "/internal/v1";
    public static final String SECRET_HEADER = "X-Berth-Internal-Secret";

    /** ui-service: registry events (POST, JSON {@code EventEnvelope}). */
    public static final String EVENTS = PREFIX + "/events";
    /** ui-service: which actions a user holds on the requested resources (POST). */
    public static final String ACCESS = PREFIX + "/access";
    /**
     * auth-service: the effective settings it applies, as {@code AccountSettings} (PUT), pushed by
     * ui-service which owns them.
     */
    public static final String SETTINGS = PREFIX + "/settings";
    /** auth-service: checks Basic credentials (POST). */
    public static final String AUTHENTICATE = PREFIX + "/authenticate";
    /** registry-core: the cache projects (PUT replaces all, JSON list of {@code ProxyProject}). */
    public static final String PROXY_PROJECTS = PREFIX + "/proxy-projects";

    private InternalApi() {
    }
}
