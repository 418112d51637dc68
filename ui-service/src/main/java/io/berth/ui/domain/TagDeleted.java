package io.berth.ui.domain;

import java.time.Instant;

/** A tag was deleted; the manifest stays. */
public record TagDeleted(long projectId, String repository, String tag, String actor, Instant at)
        implements DomainEvent {
}
