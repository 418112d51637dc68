package io.berth.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** distribution's {@code notifications:} section. */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {

    Optional<List<Endpoint>> endpoints();

    interface Endpoint {
        String name();

        String url();

        @WithDefault("3s")
        Duration timeout();

        @WithDefault("1s")
        Duration backoff();

        @WithDefault("false")
        boolean disabled();
    }
}
