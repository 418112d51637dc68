package io.berth.ui.domain;

import java.time.Instant;

/** registry-core stored a manifest ({@code tag} and {@code digest} as the registry told, either may be null). */
public record ArtifactPushed(long projectId, String repository, String tag, String digest, String actor, Instant at)
        implements DomainEvent {
}
