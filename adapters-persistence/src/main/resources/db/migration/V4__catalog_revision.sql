-- The catalog's revision: one number that every transaction changing what a search can return
-- (plugins, their listed face, download counts) advances just before it commits. Each instance
-- keeps search results by (query, revision) and reads this row first, so a page it kept is only
-- served while no instance sharing the database has changed the catalog. See JdbcCatalog.
CREATE TABLE catalog_revision (
    id        INT    NOT NULL,
    revision  BIGINT NOT NULL,
    CONSTRAINT catalog_revision_pk PRIMARY KEY (id),
    CONSTRAINT catalog_revision_single_row CHECK (id = 1)
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
