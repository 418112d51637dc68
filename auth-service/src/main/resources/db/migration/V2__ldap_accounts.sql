-- where an account's password lives: 'db' (password_hash) or 'ldap' (the directory; no local password)
ALTER TABLE berth_user ADD COLUMN auth_source VARCHAR(16) NOT NULL DEFAULT 'db';
