package io.berth.ui.domain;

import java.time.Instant;

/**
 * Something that happened to a project or its content, announced as a CDI event by the class
 * that made the change, inside its transaction. Observers (the audit log, the cache project sync)
 * act on it without the writer knowing them, as Harbor's controller/event handlers do; a
 * synchronous observer's writes commit or roll back with the change.
 */
public sealed interface DomainEvent permits ProjectCreated, ProjectDeleted, MemberChanged, ArtifactPushed,
        ArtifactPulled, ArtifactDeleted, TagDeleted, RepositoryDeleted {

    long projectId();

    /** Who did it: a user name, empty for an anonymous caller. */
    String actor();

    Instant at();
}
