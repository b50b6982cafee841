/** The catalog's search engine: its word and tag index, maintained counts, query plans and result cache, in hand-written SQL. */
package dev.plugbay.adapters.persistence.catalog.search;
