package io.berth.ui.domain;

import java.time.Instant;

/** A user was added to a project, given another role, or removed. */
public record MemberChanged(long projectId, String member, Change change, String actor, Instant at)
        implements DomainEvent {

    public enum Change { ADDED, ROLE_CHANGED, REMOVED }
}
