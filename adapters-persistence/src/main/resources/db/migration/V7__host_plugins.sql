-- The code plugins installed on this host (HOST.md): one row per plugin name, its manifest as the
-- canonical JSON text of StoredManifests, its stored config as JSON text.
CREATE TABLE host_plugin (
    name           VARCHAR(100)${text_key} NOT NULL,
    id             VARCHAR(36)  NOT NULL, -- the installation's UUID, kept across upgrades
    version        VARCHAR(300) NOT NULL,
    manifest       TEXT         NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    error_message  TEXT,
    config         TEXT         NOT NULL,
    integrity      VARCHAR(200),
    installed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    activated_at   TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT host_plugin_pk PRIMARY KEY (name),
    CONSTRAINT host_plugin_id UNIQUE (id),
    CONSTRAINT host_plugin_source CHECK (source IN ('local', 'marketplace', 'scan')),
    CONSTRAINT host_plugin_state CHECK (state IN ('installed', 'active', 'inactive', 'error')),
    CONSTRAINT host_plugin_error_message CHECK ((state = 'error') = (error_message IS NOT NULL))
);
