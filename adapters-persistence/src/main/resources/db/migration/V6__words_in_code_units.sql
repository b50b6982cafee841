-- A word is at most as long as a description: 500 characters. H2 measures a VARCHAR in UTF-16
-- code units, in which a character outside the Basic Multilingual Plane (a mathematical letter, a
-- historic script) takes two, so 600 refused valid descriptions there that PostgreSQL (which
-- counts code points) stored. 1000 holds every word on both databases.

ALTER TABLE search_term ALTER COLUMN term SET DATA TYPE VARCHAR(1000)${text_key};
ALTER TABLE search_term ALTER COLUMN previous_term SET DATA TYPE VARCHAR(1000)${text_key};
ALTER TABLE search_count ALTER COLUMN prefix SET DATA TYPE VARCHAR(1000);
