-- Whether the listed face (latest release) has a ui tree: GET /community lists UI plugins by
-- default, code-only ones with kind=code. The plugin row holds it, and each search_term row carries a
-- copy like the other listed columns (V2). SearchIndex and JdbcCatalog write it from the manifest.
--
-- The plugins stored before: a listed release has a ui exactly when its canonical text
-- (ManifestWriter, compact, members in a fixed order) has the top-level member "ui", which
-- always comes right after the string member "slot" (a ui requires a slot). A quote inside a string
-- is written \", so the pattern below cannot match inside a name or description. The listed release
-- is the plugin's release whose version is listed_version without its build metadata.

ALTER TABLE plugin ADD COLUMN listed_ui BOOLEAN;
UPDATE plugin SET listed_ui = slot IS NOT NULL AND EXISTS (
    SELECT 1 FROM plugin_release r
     WHERE r.plugin_id = plugin.id
       AND (r.version = plugin.listed_version OR plugin.listed_version LIKE r.version || '+%')
       AND r.manifest LIKE '%"slot":"' || plugin.slot || '","ui":%');
ALTER TABLE plugin ALTER COLUMN listed_ui SET NOT NULL;

ALTER TABLE search_term ADD COLUMN listed_ui BOOLEAN;
UPDATE search_term SET listed_ui = (SELECT p.listed_ui FROM plugin p WHERE p.id = search_term.plugin_id);
ALTER TABLE search_term ALTER COLUMN listed_ui SET NOT NULL;
