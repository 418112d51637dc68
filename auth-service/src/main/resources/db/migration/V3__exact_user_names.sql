-- User names compare exactly. Under utf8mb4_unicode_ci "gus", "GUS" and "gus " were one name for
-- every look-up (PAD SPACE collations, utf8mb4_bin included, ignore trailing spaces), so a login
-- as "gus " was gus with a guess counter of its own. utf8mb4_nopad_bin compares code points.
-- The case-folded key keeps two accounts from differing only in case ("Admin" beside "admin").
ALTER TABLE berth_user
    MODIFY username VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    ADD COLUMN username_folded VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin
        AS (LOWER(username)) PERSISTENT,
    ADD UNIQUE KEY uk_user_username_folded (username_folded);
