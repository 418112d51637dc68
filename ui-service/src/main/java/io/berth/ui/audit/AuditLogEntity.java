package io.berth.ui.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_log")
public class AuditLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String resource;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(nullable = false)
    public String operation;

    @Column(name = "op_time", nullable = false)
    public Instant opTime;
}
