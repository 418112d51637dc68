-- The platform an index names for each child (Harbor's references[].platform); null when it names none.
ALTER TABLE artifact_reference
    ADD COLUMN platform_os           VARCHAR(64)  NULL,
    ADD COLUMN platform_architecture VARCHAR(64)  NULL,
    ADD COLUMN platform_variant      VARCHAR(64)  NULL;
