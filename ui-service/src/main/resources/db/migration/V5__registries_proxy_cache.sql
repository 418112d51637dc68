-- Harbor 2.x registry endpoints (upstreams of proxy-cache projects). The secret is stored sealed
-- (AES-GCM, key derived from the internal secret), never in plain text.
CREATE TABLE registry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(255)  NOT NULL,
    description    VARCHAR(1024) NOT NULL DEFAULT '',
    type           VARCHAR(32)   NOT NULL,
    url            VARCHAR(1024) NOT NULL,
    insecure       BOOLEAN       NOT NULL DEFAULT FALSE,
    access_key     VARCHAR(255)  NULL,
    access_secret  VARCHAR(2048) NULL,
    creation_time  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    update_time    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_registry_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- registry_id: a proxy-cache project of that registry. mirror_cache: created by a pull in mirror
-- mode (proxy_create_projects), caching the registry-wide upstream. Both refuse pushes.
ALTER TABLE project ADD COLUMN registry_id BIGINT NULL,
    ADD COLUMN mirror_cache BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT fk_project_registry FOREIGN KEY (registry_id) REFERENCES registry (id);
