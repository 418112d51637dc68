package io.berth.ui.audit;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** An audit entry as Harbor's API v2.0 shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditLogView(long id, String username, String resource, String resourceType, String operation,
        Instant opTime) {

    static AuditLogView of(AuditLogEntity e) {
        return new AuditLogView(e.id, e.username, e.resource, e.resourceType, e.operation, e.opTime);
    }
}
