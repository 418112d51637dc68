package io.berth.ui.endpoint;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of POST/PUT /registries and POST /registries/ping (Harbor's {@code registry} model). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RegistryEndpointRequest(Long id, String name, String description, String type, String url,
        Credential credential, Boolean insecure) {

    /** {@code type} is {@code basic}; {@code access_secret} is write-only. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Credential(String type, String accessKey, String accessSecret) {
    }
}
