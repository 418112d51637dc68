package io.berth.auth.internal;

import io.berth.auth.config.AuthConfig;
import io.berth.common.internal.InternalSecret;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The deployment's internal secret, read at start: a missing or empty file stops auth-service. */
public class InternalSecretProducer {

    @Produces
    @Singleton
    @Startup
    InternalSecret internalSecret(AuthConfig config) {
        return InternalSecret.read(config.internalSecretFile());
    }
}
