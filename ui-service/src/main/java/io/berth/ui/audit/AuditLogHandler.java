package io.berth.ui.audit;

import io.berth.ui.domain.ArtifactDeleted;
import io.berth.ui.domain.ArtifactPulled;
import io.berth.ui.domain.ArtifactPushed;
import io.berth.ui.domain.MemberChanged;
import io.berth.ui.domain.ProjectCreated;
import io.berth.ui.domain.ProjectDeleted;
import io.berth.ui.domain.RepositoryDeleted;
import io.berth.ui.domain.TagDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Writes the audit log from domain events (Harbor's controller/event/handler/auditlog), in the
 * transaction of the change, so an entry exists exactly when the change does. Resources are
 * named as Harbor does: {@code repo:tag}, else {@code repo@digest}, else the repository.
 */
@ApplicationScoped
public class AuditLogHandler {

    private final AuditRecorder audit;

    public AuditLogHandler(AuditRecorder audit) {
        this.audit = audit;
    }

    void on(@Observes ProjectCreated e) {
        audit.record(e.projectId(), e.actor(), e.name(), "project", AuditRecorder.CREATE, e.at());
    }

    void on(@Observes ProjectDeleted e) {
        audit.record(e.projectId(), e.actor(), e.name(), "project", AuditRecorder.DELETE, e.at());
    }

    void on(@Observes MemberChanged e) {
        String operation = switch (e.change()) {
            case ADDED -> AuditRecorder.CREATE;
            case ROLE_CHANGED -> AuditRecorder.UPDATE;
            case REMOVED -> AuditRecorder.DELETE;
        };
        audit.record(e.projectId(), e.actor(), e.member(), "member", operation, e.at());
    }

    void on(@Observes ArtifactPushed e) {
        audit.record(e.projectId(), e.actor(), resource(e.repository(), e.tag(), e.digest()), "artifact",
                AuditRecorder.CREATE, e.at());
    }

    void on(@Observes ArtifactPulled e) {
        audit.record(e.projectId(), e.actor(), resource(e.repository(), e.tag(), e.digest()), "artifact",
                AuditRecorder.PULL, e.at());
    }

    void on(@Observes ArtifactDeleted e) {
        audit.record(e.projectId(), e.actor(), resource(e.repository(), null, e.digest()), "artifact",
                AuditRecorder.DELETE, e.at());
    }

    void on(@Observes TagDeleted e) {
        audit.record(e.projectId(), e.actor(), resource(e.repository(), e.tag(), null), "tag", AuditRecorder.DELETE,
                e.at());
    }

    void on(@Observes RepositoryDeleted e) {
        audit.record(e.projectId(), e.actor(), e.repository(), "repository", AuditRecorder.DELETE, e.at());
    }

    private static String resource(String repository, String tag, String digest) {
        if (tag != null && !tag.isEmpty()) {
            return repository + ":" + tag;
        }
        return digest != null ? repository + "@" + digest : repository;
    }
}
