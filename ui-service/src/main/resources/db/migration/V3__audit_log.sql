-- Harbor's audit log: who did what to which resource, when.
CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT        NOT NULL,
    username      VARCHAR(255)  NOT NULL,
    resource      VARCHAR(1024) NOT NULL,
    resource_type VARCHAR(64)   NOT NULL,
    operation     VARCHAR(32)   NOT NULL,
    op_time       TIMESTAMP(3)  NOT NULL,
    INDEX ix_audit_project_time (project_id, op_time),
    INDEX ix_audit_time (op_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
