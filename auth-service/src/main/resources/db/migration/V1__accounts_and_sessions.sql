-- auth-service's own schema (berth_auth): accounts and browser sessions.

CREATE TABLE berth_user (
    user_id       BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(255) NOT NULL,
    email         VARCHAR(255) NULL,
    realname      VARCHAR(255) NOT NULL DEFAULT '',
    comment       VARCHAR(255) NOT NULL DEFAULT '',
    -- null until set: admin before the first start, and accounts of an external source (LDAP)
    password_hash VARCHAR(255) NULL,
    sysadmin_flag BOOLEAN      NOT NULL DEFAULT FALSE,
    -- deleted accounts keep their id (never reused); name and email get a "#id" suffix
    deleted       BOOLEAN      NOT NULL DEFAULT FALSE,
    creation_time DATETIME(3)  NOT NULL,
    update_time   DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id),
    UNIQUE KEY uk_user_username (username),
    UNIQUE KEY uk_user_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- user 1 is the system administrator; auth-service sets its password on first start
INSERT INTO berth_user (user_id, username, email, realname, comment, password_hash, sysadmin_flag,
                        deleted, creation_time, update_time)
VALUES (1, 'admin', 'admin@example.com', 'system admin', 'admin user', NULL, TRUE, FALSE,
        UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

CREATE TABLE berth_session (
    jti        VARCHAR(64) NOT NULL,
    user_id    BIGINT      NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    revoked    BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (jti),
    KEY ix_session_user (user_id),
    KEY ix_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
