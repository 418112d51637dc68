package io.berth.ui.endpoint;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A registry endpoint as Harbor's API shows it: the secret is always {@code *****}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RegistryEndpointView(long id, String name, String description, String type, String url,
        boolean insecure, Credential credential, Instant creationTime, Instant updateTime) {

    /** What stands for a stored secret on the wire; sent back, it keeps the stored one. */
    public static final String MASK = "*****";

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Credential(String type, String accessKey, String accessSecret) {
    }

    static RegistryEndpointView of(RegistryEndpointEntity e) {
        Credential c = e.accessKey == null ? null
                : new Credential("basic", e.accessKey, e.accessSecret == null ? "" : MASK);
        return new RegistryEndpointView(e.id, e.name, e.description, e.type, e.url, e.insecure, c,
                e.creationTime, e.updateTime);
    }
}
