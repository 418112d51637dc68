package io.berth.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** distribution's {@code storage:} section. */
@ConfigMapping(prefix = "storage")
public interface StorageConfig {

    Filesystem filesystem();

    Delete delete();

    Maintenance maintenance();

    interface Filesystem {
        @WithDefault("/storage")
        String rootdirectory();
    }

    interface Delete {
        @WithDefault("true")
        boolean enabled();
    }

    interface Maintenance {
        UploadPurging uploadpurging();
    }

    interface UploadPurging {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("168h")
        Duration age();

        @WithDefault("24h")
        Duration interval();

        @WithDefault("false")
        boolean dryrun();
    }
}
