-- System settings a system admin changed through /api/v2.0/configurations (overrides of the
-- prepare-written defaults), and the garbage collections asked of registry-core.
CREATE TABLE system_setting (
    name          VARCHAR(64)   PRIMARY KEY,
    value         VARCHAR(2048) NOT NULL,
    update_time   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE gc_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    status          VARCHAR(16)  NOT NULL,
    dry_run         BOOLEAN      NOT NULL,
    delete_untagged BOOLEAN      NOT NULL,
    report          LONGTEXT     NULL,
    creation_time   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    update_time     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_gc_time (creation_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
