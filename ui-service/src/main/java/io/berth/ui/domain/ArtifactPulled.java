package io.berth.ui.domain;

import java.time.Instant;

/** registry-core served a manifest ({@code tag} and {@code digest} as the registry told, either may be null). */
public record ArtifactPulled(long projectId, String repository, String tag, String digest, String actor, Instant at)
        implements DomainEvent {
}
