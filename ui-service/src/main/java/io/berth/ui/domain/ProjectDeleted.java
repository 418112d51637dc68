package io.berth.ui.domain;

import java.time.Instant;

/** A project was deleted. {@code cache}: it was a proxy-cache or mirror project. */
public record ProjectDeleted(long projectId, String name, boolean cache, String actor, Instant at) implements DomainEvent {
}
