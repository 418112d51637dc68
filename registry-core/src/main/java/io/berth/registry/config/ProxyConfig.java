package io.berth.registry.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** distribution's {@code proxy} section: with {@code remoteurl} set the registry is a pull-through cache. */
@ConfigMapping(prefix = "proxy")
public interface ProxyConfig {

    /** Upstream registry, e.g. {@code https://registry-1.docker.io}; absent means no proxy. */
    Optional<String> remoteurl();

    Optional<String> username();

    Optional<String> password();
}
