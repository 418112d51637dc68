package io.berth.registry.internal;

import io.berth.common.internal.InternalSecret;
import io.berth.registry.config.BerthConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The deployment's internal secret from {@code berth.internal-secret-file}, read at start: a
 * configured file that is missing or empty stops registry-core; none configured (registry-core
 * run alone) closes the internal API and sends no events.
 */
public class InternalSecretProducer {

    @Produces
    @Singleton
    @Startup
    InternalSecret internalSecret(BerthConfig config) {
        return config.internalSecretFile().map(f -> InternalSecret.read(Path.of(f))).orElseGet(InternalSecret::none);
    }
}
