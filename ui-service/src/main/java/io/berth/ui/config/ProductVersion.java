package io.berth.ui.config;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Berth's version as the build stamped it (the project version, via {@code quarkus.application.version}). */
@Singleton
public class ProductVersion {

    private final String version;

    public ProductVersion(@ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.version = version;
    }

    /** As the console shows it, e.g. {@code 1.0.0-SNAPSHOT}. */
    public String plain() {
        return version;
    }

    /** As Harbor's {@code /systeminfo} spells {@code harbor_version}: {@code v<version>-<build>}. */
    public String harborStyle() {
        return "v" + version + "-berth";
    }
}
