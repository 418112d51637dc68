package io.berth.ui.domain;

import java.time.Instant;

/** A repository was deleted with everything in it. */
public record RepositoryDeleted(long projectId, String repository, String actor, Instant at) implements DomainEvent {
}
