-- Catalog text search answered from search_term alone: each word row carries the copy of its
-- plugin's visibility, slot and sort keys, so that counting the matches of a word and ordering
-- them needs no lookup of plugin per match. SearchIndex.index writes the copies with the words
-- (every listed-face change re-indexes), JdbcCatalog.increment adds to both download counts in
-- one transaction. See docs/persistence.md.

ALTER TABLE search_term ADD COLUMN listed_public BOOLEAN;
ALTER TABLE search_term ADD COLUMN author_key VARCHAR(39);
ALTER TABLE search_term ADD COLUMN slot VARCHAR(64);
ALTER TABLE search_term ADD COLUMN download_count BIGINT;
ALTER TABLE search_term ADD COLUMN name_key VARCHAR(400)${text_key};
ALTER TABLE search_term ADD COLUMN updated_at TIMESTAMP(6) WITH TIME ZONE;

UPDATE search_term SET
    listed_public  = (SELECT p.listed_public  FROM plugin p WHERE p.id = search_term.plugin_id),
    author_key     = (SELECT p.author_key     FROM plugin p WHERE p.id = search_term.plugin_id),
    slot           = (SELECT p.slot           FROM plugin p WHERE p.id = search_term.plugin_id),
    download_count = (SELECT p.download_count FROM plugin p WHERE p.id = search_term.plugin_id),
    name_key       = (SELECT p.name_key       FROM plugin p WHERE p.id = search_term.plugin_id),
    updated_at     = (SELECT p.updated_at     FROM plugin p WHERE p.id = search_term.plugin_id);

ALTER TABLE search_term ALTER COLUMN listed_public SET NOT NULL;
ALTER TABLE search_term ALTER COLUMN author_key SET NOT NULL;
ALTER TABLE search_term ALTER COLUMN download_count SET NOT NULL;
ALTER TABLE search_term ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE search_term ALTER COLUMN updated_at SET NOT NULL;

-- Covering: a word's prefix range yields every column the count, the filters and the order need.
CREATE INDEX search_term_covering ON search_term
    (term, plugin_id, listed_public, author_key, slot, download_count, name_key, updated_at);
-- The other words of a query are checked per candidate plugin.
CREATE INDEX search_term_by_plugin_term ON search_term (plugin_id, term);
