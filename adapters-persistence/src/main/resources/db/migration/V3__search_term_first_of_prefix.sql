-- Each search_term row names the plugin's previous term (in the order of its terms; '' for the
-- first). A plugin's terms that start with a prefix are consecutive in that order, so exactly one
-- of them has a previous term that does not: a word's matches are the rows of its prefix range
-- whose previous_term does not start with it, one per plugin, counted and ordered without
-- DISTINCT. See SearchIndex and docs/persistence.md.

ALTER TABLE search_term ADD COLUMN previous_term VARCHAR(600)${text_key};

UPDATE search_term SET previous_term = COALESCE(
    (SELECT MAX(p.term) FROM search_term p WHERE p.plugin_id = search_term.plugin_id AND p.term < search_term.term), '');

ALTER TABLE search_term ALTER COLUMN previous_term SET NOT NULL;

-- One covering index per sort key instead of one with all three: a query reads the narrowest
-- index that has every column it needs, and H2 (whose cache holds decoded index pages) keeps far
-- more of a narrow index in memory (docs/benchmarks.md).
DROP INDEX search_term_covering;
CREATE INDEX search_term_by_downloads ON search_term
    (term, previous_term, listed_public, author_key, slot, download_count, plugin_id);
CREATE INDEX search_term_by_name ON search_term
    (term, previous_term, listed_public, author_key, slot, name_key, plugin_id);
CREATE INDEX search_term_by_updated ON search_term
    (term, previous_term, listed_public, author_key, slot, updated_at, plugin_id);
