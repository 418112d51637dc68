package io.berth.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Berth's own keys in the registry's config.yml. */
@ConfigMapping(prefix = "berth")
public interface BerthConfig {

    /** File holding the deployment's internal secret; without it /internal/ is closed. */
    Optional<String> internalSecretFile();

    /** Durable event outbox; defaults to {@code <rootdirectory>/_berth/outbox}. */
    Optional<String> outboxDir();

    /** Largest manifest accepted, bytes. */
    @WithDefault("4194304")
    int manifestMaxBytes();
}
