-- What the registry's events tell ui-service about content, and the events already applied.
CREATE TABLE artifact (
    artifact_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT       NOT NULL,
    repository_id BIGINT       NOT NULL,
    digest        VARCHAR(255) NOT NULL,
    media_type    VARCHAR(255) NOT NULL,
    size          BIGINT       NOT NULL,
    push_time     TIMESTAMP(3) NOT NULL,
    pull_time     TIMESTAMP(3) NULL,
    pull_count    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_artifact UNIQUE (repository_id, digest),
    CONSTRAINT fk_artifact_repository FOREIGN KEY (repository_id) REFERENCES repository (repository_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE artifact_reference (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id    BIGINT       NOT NULL,
    child_digest VARCHAR(255) NOT NULL,
    CONSTRAINT uq_reference UNIQUE (parent_id, child_digest),
    CONSTRAINT fk_reference_parent FOREIGN KEY (parent_id) REFERENCES artifact (artifact_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE tag (
    tag_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    repository_id BIGINT       NOT NULL,
    artifact_id   BIGINT       NOT NULL,
    name          VARCHAR(255) NOT NULL,
    push_time     TIMESTAMP(3) NOT NULL,
    pull_time     TIMESTAMP(3) NULL,
    CONSTRAINT uq_tag UNIQUE (repository_id, name),
    CONSTRAINT fk_tag_repository FOREIGN KEY (repository_id) REFERENCES repository (repository_id) ON DELETE CASCADE,
    CONSTRAINT fk_tag_artifact FOREIGN KEY (artifact_id) REFERENCES artifact (artifact_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE processed_event (
    event_id     VARCHAR(191) PRIMARY KEY,
    processed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
