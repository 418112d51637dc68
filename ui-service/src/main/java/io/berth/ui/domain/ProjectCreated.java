package io.berth.ui.domain;

import java.time.Instant;

/** A project was created; {@code actor} is its owner. {@code cache}: a proxy-cache or mirror project. */
public record ProjectCreated(long projectId, String name, boolean cache, String actor, Instant at) implements DomainEvent {
}
