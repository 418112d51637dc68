package io.berth.gateway.routing;

import io.berth.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** The address of each upstream service, resolved once from the configuration. */
@ApplicationScoped
public class Upstreams {

    private final Map<Target, Upstream> byTarget = new EnumMap<>(Target.class);

    public Upstreams(GatewayConfig config) {
        byTarget.put(Target.REGISTRY, Upstream.of("registry", config.registryUrl()));
        byTarget.put(Target.AUTH, Upstream.of("auth", config.authUrl()));
        byTarget.put(Target.UI, Upstream.of("ui", config.uiUrl()));
    }

    public Upstream of(Target target) {
        Upstream upstream = byTarget.get(target);
        if (upstream == null) {
            throw new IllegalArgumentException("no upstream for " + target);
        }
        return upstream;
    }

    /** One upstream: a name for logs, host, port and whether it speaks TLS. */
    public record Upstream(String name, String host, int port, boolean ssl) {

        static Upstream of(String name, URI url) {
            String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("gateway." + name + "-url must be http or https: " + url);
            }
            if (url.getHost() == null) {
                throw new IllegalArgumentException("gateway." + name + "-url has no host: " + url);
            }
            boolean ssl = scheme.equals("https");
            int port = url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80);
            return new Upstream(name, url.getHost(), port, ssl);
        }
    }
}
