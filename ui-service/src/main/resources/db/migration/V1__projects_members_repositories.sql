-- ui-service schema: projects, their members (users live in auth-service; we keep id and name)
-- and the repositories the registry reports.
CREATE TABLE project (
    project_id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    owner_id      BIGINT       NOT NULL,
    owner_name    VARCHAR(255) NOT NULL,
    public        BOOLEAN      NOT NULL DEFAULT FALSE,
    creation_time TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    update_time   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_project_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE project_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    username      VARCHAR(255) NOT NULL,
    role_id       INT          NOT NULL,
    creation_time TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    update_time   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_member UNIQUE (project_id, user_id),
    CONSTRAINT fk_member_project FOREIGN KEY (project_id) REFERENCES project (project_id) ON DELETE CASCADE,
    INDEX ix_member_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE repository (
    repository_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT        NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    description   VARCHAR(1024) NOT NULL DEFAULT '',
    pull_count    BIGINT        NOT NULL DEFAULT 0,
    creation_time TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    update_time   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_repository_name UNIQUE (name),
    CONSTRAINT fk_repository_project FOREIGN KEY (project_id) REFERENCES project (project_id),
    INDEX ix_repository_project (project_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Created at install, as Harbor does: the public project library, owned by admin (user 1).
INSERT INTO project (project_id, name, owner_id, owner_name, public) VALUES (1, 'library', 1, 'admin', TRUE);
INSERT INTO project_member (project_id, user_id, username, role_id) VALUES (1, 1, 'admin', 1);
