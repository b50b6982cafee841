-- One history for H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL.
-- ${text_key} is ' COLLATE "C"' on PostgreSQL and empty on H2 (see TextOrderPlaceholder): keys
-- that are sorted or prefix-matched compare by code point on both databases, whatever the
-- PostgreSQL database's locale, so LIKE 'q%' can use the btree index and orders agree.

CREATE TABLE plugin (
    id              VARCHAR(100)${text_key} NOT NULL,
    author          VARCHAR(39)  NOT NULL,
    author_key      VARCHAR(39)  NOT NULL,
    official        BOOLEAN      NOT NULL,
    download_count  BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revision        BIGINT       NOT NULL,
    -- The listed face: copied from the latest release so that search filters and sorts on columns.
    listed_version  VARCHAR(300) NOT NULL,
    name            VARCHAR(400) NOT NULL,
    name_key        VARCHAR(400)${text_key} NOT NULL,
    slot            VARCHAR(64),
    listed_public   BOOLEAN      NOT NULL,
    CONSTRAINT plugin_pk PRIMARY KEY (id),
    CONSTRAINT plugin_downloads_not_negative CHECK (download_count >= 0)
);
CREATE INDEX plugin_by_downloads ON plugin (download_count DESC, id);
CREATE INDEX plugin_by_name ON plugin (name_key, id);
CREATE INDEX plugin_by_updated ON plugin (updated_at DESC, id);
CREATE INDEX plugin_by_slot ON plugin (slot, id);
CREATE INDEX plugin_by_author ON plugin (author_key);
CREATE INDEX plugin_official ON plugin (official, id);

-- Each release's manifest as its canonical JSON text (TEXT, not jsonb: stored byte for byte).
CREATE TABLE plugin_release (
    plugin_id     VARCHAR(100)${text_key} NOT NULL,
    version       VARCHAR(300) NOT NULL, -- without build metadata: the release's identity
    manifest      TEXT         NOT NULL,
    published_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT plugin_release_pk PRIMARY KEY (plugin_id, version),
    CONSTRAINT plugin_release_plugin_fk FOREIGN KEY (plugin_id) REFERENCES plugin (id) ON DELETE CASCADE
);

-- Every version ever published under an id. No foreign key: entries outlive their plugin.
CREATE TABLE release_ledger (
    plugin_id  VARCHAR(100)${text_key} NOT NULL,
    version    VARCHAR(300) NOT NULL, -- without build metadata
    CONSTRAINT release_ledger_pk PRIMARY KEY (plugin_id, version)
);

-- The listed face's tags and the words of its id, name, description and tags, for search.
CREATE TABLE plugin_tag (
    tag        VARCHAR(32)${text_key} NOT NULL,
    plugin_id  VARCHAR(100)${text_key} NOT NULL,
    CONSTRAINT plugin_tag_pk PRIMARY KEY (tag, plugin_id),
    CONSTRAINT plugin_tag_plugin_fk FOREIGN KEY (plugin_id) REFERENCES plugin (id) ON DELETE CASCADE
);
CREATE INDEX plugin_tag_by_plugin ON plugin_tag (plugin_id);

CREATE TABLE search_term (
    term       VARCHAR(600)${text_key} NOT NULL,
    plugin_id  VARCHAR(100)${text_key} NOT NULL,
    CONSTRAINT search_term_pk PRIMARY KEY (term, plugin_id),
    CONSTRAINT search_term_plugin_fk FOREIGN KEY (plugin_id) REFERENCES plugin (id) ON DELETE CASCADE
);
CREATE INDEX search_term_by_plugin ON search_term (plugin_id);

CREATE TABLE installation (
    owner_key          VARCHAR(39)  NOT NULL, -- the owner's name in lower case: one user, any spelling
    owner              VARCHAR(39)  NOT NULL,
    plugin_id          VARCHAR(100)${text_key} NOT NULL,
    installed_version  VARCHAR(300) NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    error_message      TEXT,
    config             TEXT         NOT NULL,
    installed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT installation_pk PRIMARY KEY (owner_key, plugin_id),
    CONSTRAINT installation_plugin_fk FOREIGN KEY (plugin_id) REFERENCES plugin (id) ON DELETE CASCADE,
    CONSTRAINT installation_state CHECK (state IN ('installed', 'active', 'inactive', 'error')),
    CONSTRAINT installation_error_message CHECK ((state = 'error') = (error_message IS NOT NULL))
);
CREATE INDEX installation_by_owner ON installation (owner_key, installed_at DESC, plugin_id);
CREATE INDEX installation_by_plugin ON installation (plugin_id);

CREATE TABLE setting (
    name   VARCHAR(100) NOT NULL,
    text_value  VARCHAR(1000) NOT NULL, -- "value" is a keyword in H2
    CONSTRAINT setting_pk PRIMARY KEY (name)
);
