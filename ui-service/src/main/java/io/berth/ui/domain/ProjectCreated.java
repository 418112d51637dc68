package io.berth.ui.domain;

import java.time.Instant;

/**
 * A project was created; {@code actor} is its owner. {@code cache}: a proxy-cache or mirror project.
 * {@code byPull}: mirror mode made it inside another service's request (a token request), which
 * must not wait for what follows.
 */
public record ProjectCreated(long projectId, String name, boolean cache, boolean byPull, String actor, Instant at)
        implements DomainEvent {
}
