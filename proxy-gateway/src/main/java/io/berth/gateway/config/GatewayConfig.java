package io.berth.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Optional;

/** The gateway's configuration: where each upstream service listens. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** registry-core, receives {@code /v2} and {@code /v2/*}. */
    URI registryUrl();

    /** ui-service, receives {@code /api/*} (but users) and everything not routed elsewhere. */
    URI uiUrl();

    /** auth-service, receives {@code /service/token}, {@code /c/*} and {@code /api/v2.0/users*}. */
    URI authUrl();

    /** The URL clients use to reach the deployment; informational for the gateway. */
    Optional<String> externalUrl();

    /** How long to wait for a TCP connection to an upstream before answering 502. */
    @WithDefault("5")
    int connectTimeoutSeconds();

    /**
     * How long an upstream exchange may stay silent (no byte either way) before it is cut;
     * a long transfer that keeps moving is never cut. Like nginx's proxy_read_timeout in Harbor.
     */
    @WithDefault("900")
    int idleTimeoutSeconds();

    /** Pooled HTTP/1.1 connections kept per upstream and event loop (see UpstreamClient). */
    @WithDefault("64")
    int maxConnectionsPerUpstream();
}
