package io.berth.gateway.routing;

/** Where the gateway sends a request. */
public enum Target {
    /** registry-core. */
    REGISTRY,
    /** auth-service. */
    AUTH,
    /** ui-service. */
    UI,
    /** Served by the gateway itself ({@code /q/health}, {@code /q/metrics}). */
    LOCAL,
    /** Never forwarded: answered 404. */
    FORBIDDEN
}
