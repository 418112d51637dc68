package io.berth.ui.security;

import io.berth.common.internal.InternalSecret;
import io.berth.ui.config.UiConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The deployment's internal secret, read at start: a missing or empty file stops ui-service. */
public class InternalSecretProducer {

    @Produces
    @Singleton
    @Startup
    InternalSecret internalSecret(UiConfig config) {
        return InternalSecret.read(Path.of(config.internalSecretFile()));
    }
}
