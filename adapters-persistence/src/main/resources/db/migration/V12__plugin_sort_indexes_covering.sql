-- A page without text is read in the order of its sort key's index on plugin (CatalogSearch), and
-- every row before and on the page is checked against the viewer's visibility and the page's slot
-- and kind. With (<sort key>, id) alone each of those rows was a fetch of its plugin row: at
-- 1,000,000 plugins page 40 (offset 1,950) fetched 2,000 rows scattered over a table far larger
-- than PostgreSQL's shared buffers, 37-75 ms on the loaded machine of 2026-12-05. With the checked
-- columns in the index, PostgreSQL reads the page from the index alone: 0.25 ms on the same
-- database (docs/benchmarks.md). Same order, same key prefix: the old indexes are replaced.
DROP INDEX plugin_by_downloads;
DROP INDEX plugin_by_name;
DROP INDEX plugin_by_updated;
CREATE INDEX plugin_by_downloads ON plugin (download_count DESC, id, listed_public, author_key, slot, listed_ui);
CREATE INDEX plugin_by_name ON plugin (name_key, id, listed_public, author_key, slot, listed_ui);
CREATE INDEX plugin_by_updated ON plugin (updated_at DESC, id, listed_public, author_key, slot, listed_ui);
