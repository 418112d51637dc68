package io.berth.ui.domain;

import java.time.Instant;

/** A manifest was deleted with its tags ({@code digest} null when the registry did not say). */
public record ArtifactDeleted(long projectId, String repository, String digest, String actor, Instant at)
        implements DomainEvent {
}
