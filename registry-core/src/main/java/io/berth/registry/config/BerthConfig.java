package io.berth.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Berth's own keys in the registry's config.yml. */
@ConfigMapping(prefix = "berth")
public interface BerthConfig {

    /** File holding the deployment's internal secret; without it /internal/ is closed. */
    Optional<String> internalSecretFile();

    /**
     * Folder of the durable event journal, written through a filesystem driver of its own; without
     * it the journal lives in the storage driver at {@code /_berth/outbox}.
     */
    Optional<String> outboxDir();

    /** Largest manifest accepted, bytes. */
    @WithDefault("4194304")
    int manifestMaxBytes();

    Gc gc();

    interface Gc {
        /**
         * Blobs and untagged manifests used more recently than this are never collected, so a push
         * whose blobs went up before a collection finds them when its manifest comes (Harbor's GC
         * time window, 2 hours).
         */
        @WithDefault("2h")
        Duration graceWindow();
    }
}
