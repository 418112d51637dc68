-- The settings ui-service owns and auth-service applies (self-registration, token lifetime,
-- auth_mode, the ldap_* items an admin stored), as ui-service last pushed them: a restart of
-- auth-service applies them at once, without asking ui-service. One row; the LDAP search
-- password inside is sealed with the internal secret.
CREATE TABLE berth_applied_settings (
    id          TINYINT     NOT NULL,
    settings    TEXT        NOT NULL,
    update_time DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
