package io.berth.ui.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes one audit entry inside the caller's transaction, so it exists exactly when the change does. */
@ApplicationScoped
public class AuditRecorder {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String PULL = "pull";

    private final AuditLogRepository logs;

    public AuditRecorder(AuditLogRepository logs) {
        this.logs = logs;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long projectId, String username, String resource, String resourceType, String operation,
            Instant at) {
        AuditLogEntity e = new AuditLogEntity();
        e.projectId = projectId;
        e.username = username == null || username.isEmpty() ? "anonymous" : username;
        e.resource = resource.length() > 1024 ? resource.substring(0, 1024) : resource;
        e.resourceType = resourceType;
        e.operation = operation;
        e.opTime = at;
        logs.persist(e);
    }
}
