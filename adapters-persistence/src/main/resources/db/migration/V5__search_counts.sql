-- Maintained counts of public plugins, so that a page's total needs no scan of its matches:
-- per facet (every public plugin, one slot, one tag) without text, and per facet (every public
-- plugin, one slot) and word prefix with text. A public plugin counts once under every prefix of
-- its words (its previous_term rule, V3) and once under the empty prefix. The viewer's own private
-- plugins are counted apart, on their own index. SearchCounts applies each transaction's changes
-- just before it commits, while it holds the catalog_revision row (V4), so counters are written by
-- one transaction at a time. See docs/persistence.md.

CREATE TABLE search_count (
    facet           VARCHAR(70)  NOT NULL, -- '', 'slot:<slot>' or 'tag:<tag>'
    prefix          VARCHAR(600) NOT NULL, -- '' or a prefix of a word; 'tag:' facets only ''
    public_plugins  BIGINT       NOT NULL,
    CONSTRAINT search_count_pk PRIMARY KEY (facet, prefix),
    CONSTRAINT search_count_not_negative CHECK (public_plugins >= 0)
);

-- The counts of what is already indexed. Prefixes are cut by character as each database counts
-- them (SUBSTRING): by code point on PostgreSQL, as SearchCounts cuts them.
INSERT INTO search_count (facet, prefix, public_plugins)
WITH RECURSIVE prefixes (term, previous_term, slot, length) AS (
    SELECT term, previous_term, slot, 1 FROM search_term WHERE listed_public
    UNION ALL
    SELECT term, previous_term, slot, length + 1 FROM prefixes WHERE length < CHAR_LENGTH(term)
),
first_of_prefix (prefix, slot) AS (
    SELECT SUBSTRING(term FROM 1 FOR length), slot FROM prefixes
    WHERE SUBSTRING(previous_term FROM 1 FOR length) <> SUBSTRING(term FROM 1 FOR length)
)
SELECT '', prefix, COUNT(*) FROM first_of_prefix GROUP BY prefix
UNION ALL
SELECT 'slot:' || slot, prefix, COUNT(*) FROM first_of_prefix WHERE slot IS NOT NULL GROUP BY slot, prefix
UNION ALL
SELECT '', '', COUNT(*) FROM plugin WHERE listed_public
UNION ALL
SELECT 'slot:' || slot, '', COUNT(*) FROM plugin WHERE listed_public AND slot IS NOT NULL GROUP BY slot
UNION ALL
SELECT 'tag:' || t.tag, '', COUNT(*) FROM plugin_tag t JOIN plugin p ON p.id = t.plugin_id
WHERE p.listed_public GROUP BY t.tag;

-- A word's matches in sort order, term by term: the sort key right after the term, so that the
-- rows of one term come ordered for a page (SearchIndex merges a prefix's few terms). Still
-- covering for counts and scans over a prefix range.
DROP INDEX search_term_by_downloads;
DROP INDEX search_term_by_name;
DROP INDEX search_term_by_updated;
CREATE INDEX search_term_by_downloads ON search_term
    (term, download_count DESC, plugin_id, previous_term, listed_public, author_key, slot);
CREATE INDEX search_term_by_name ON search_term
    (term, name_key, plugin_id, previous_term, listed_public, author_key, slot);
CREATE INDEX search_term_by_updated ON search_term
    (term, updated_at DESC, plugin_id, previous_term, listed_public, author_key, slot);
-- The viewer's own private plugins, counted next to the public counts.
CREATE INDEX search_term_private ON search_term (author_key, listed_public, term, previous_term, slot);
