package io.berth.ui.health;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.ui.config.ProductVersion;
import io.berth.ui.config.UiConfig;
import io.berth.ui.settings.SettingKey;
import io.berth.ui.settings.SystemSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /systeminfo}: the subset Harbor shows to anyone, anonymous included. */
@Path("/api/v2.0/systeminfo")
public class SystemInfoResource {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SystemInfo(String authMode, boolean selfRegistration, String externalUrl,
            String harborVersion, String projectCreationRestriction, String registryUrl) {
    }

    private final UiConfig config;
    private final SystemSettings settings;
    private final ProductVersion version;

    public SystemInfoResource(UiConfig config, SystemSettings settings, ProductVersion version) {
        this.config = config;
        this.settings = settings;
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SystemInfo info() {
        String external = config.externalUrl();
        String host = external.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("/.*$", "");
        return new SystemInfo(settings.value(SettingKey.AUTH_MODE), settings.selfRegistration(), external,
                version.harborStyle(), settings.value(SettingKey.PROJECT_CREATION_RESTRICTION), host);
    }
}
