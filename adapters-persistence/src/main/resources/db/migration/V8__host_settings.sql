-- The host's settings (HOST.md "Settings"): one row, created here, that PATCH /api/settings updates.
-- A NULL URL means none is saved and the marketplace shows the built-in seed. The URL is at most
-- 2,048 characters once trimmed; the application checks that before saving.
CREATE TABLE host_settings (
    id                      INT            NOT NULL,
    plugin_marketplace_url  VARCHAR(2048),
    CONSTRAINT host_settings_pk PRIMARY KEY (id),
    CONSTRAINT host_settings_single_row CHECK (id = 1)
);
INSERT INTO host_settings (id, plugin_marketplace_url) VALUES (1, NULL);
