package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.PluginKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

/**
 * Maintained counts of public plugins (V5): per facet (every public plugin, one slot, one tag)
 * and word prefix, so that a page's total needs no scan of its matches (a three-letter prefix can
 * match every plugin). The viewer's own private plugins are counted apart, on their own index.
 *
 * <p>A transaction that changes a plugin's counted face records the difference; just before it
 * commits, it takes the {@code catalog_revision} row (which it advances anyway, see
 * {@link JdbcCatalogRevision}) and then adds the difference to the counters. Counters are therefore
 * written by one transaction at a time, after all its other writes: no lost update, no insert
 * race on a new counter, no lock-order cycle. A rolled-back transaction changes no counter.
 */
@Singleton
class SearchCounts {

    private static final String NO_PREFIX = "";

    private final Transactions transactions;

    SearchCounts(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The current transaction replaces a plugin's counted face: the counters follow as it commits. */
    void replace(Face before, Face after) {
        Map<Key, Long> changes = new HashMap<>();
        before.keys().forEach(key -> changes.merge(key, -1L, Long::sum));
        after.keys().forEach(key -> changes.merge(key, 1L, Long::sum));
        changes.values().removeIf(change -> change == 0);
        if (!changes.isEmpty()) {
            transactions.beforeCommit(connection -> {
                JdbcCatalogRevision.advance(connection);
                apply(connection, changes);
                return null;
            });
        }
    }

    /**
     * How many plugins match the query (its first word, if any), read from the counters, or nothing
     * when the counters do not answer it: a word with a tag, a slot with a tag, or a query that
     * leaves out the viewer's installations or a kind of plugin (the counters count every plugin,
     * whoever installed it, with or without a ui).
     */
    Optional<Long> total(Connection connection, CatalogQuery query, Optional<String> word) throws SQLException {
        Optional<String> facet = facetOf(query, word.isPresent());
        if (facet.isEmpty()) {
            return Optional.empty();
        }
        long publicPlugins = Jdbc.number(connection,
                "SELECT public_plugins FROM search_count WHERE facet = ? AND prefix = ?",
                List.of(facet.get(), word.orElse(NO_PREFIX)), 0);
        return Optional.of(publicPlugins + viewersPrivatePlugins(connection, query, word));
    }

    private static Optional<String> facetOf(CatalogQuery query, boolean text) {
        if (query.excludesInstalled() || query.kind() != PluginKind.ALL) {
            return Optional.empty();
        }
        if (query.tag().isPresent()) {
            return text || query.slot().isPresent() ? Optional.empty() : Optional.of(tagFacet(query.tag().get().value()));
        }
        return Optional.of(query.slot().map(slot -> slotFacet(slot.name())).orElse(""));
    }

    private static long viewersPrivatePlugins(Connection connection, CatalogQuery query, Optional<String> word)
            throws SQLException {
        if (query.author().isEmpty()) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.author().get().canonical());
        String sql = word.isPresent()
                ? "SELECT COUNT(*) FROM search_term s WHERE s.author_key = ? AND s.listed_public = FALSE AND"
                        + WordMatches.matches("s", word.get(), parameters) + SearchSql.facetFilters(query, "s", "s.plugin_id", parameters)
                : "SELECT COUNT(*) FROM plugin p WHERE p.author_key = ? AND p.listed_public = FALSE"
                        + SearchSql.facetFilters(query, "p", "p.id", parameters);
        return Jdbc.number(connection, sql, parameters, 0);
    }

    /** Adds each change to its counter, creating the counters not there yet. */
    private static void apply(Connection connection, Map<Key, Long> changes) throws SQLException {
        List<Map.Entry<Key, Long>> entries = new ArrayList<>(changes.entrySet());
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE search_count SET public_plugins = public_plugins + ? WHERE facet = ? AND prefix = ?")) {
            for (Map.Entry<Key, Long> entry : entries) {
                update.setLong(1, entry.getValue());
                update.setString(2, entry.getKey().facet());
                update.setString(3, entry.getKey().prefix());
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_count (facet, prefix, public_plugins) VALUES (?, ?, ?)")) {
            boolean anyNew = false;
            for (int i = 0; i < entries.size(); i++) {
                if (updated[i] == 0) {
                    insert.setString(1, entries.get(i).getKey().facet());
                    insert.setString(2, entries.get(i).getKey().prefix());
                    insert.setLong(3, entries.get(i).getValue());
                    insert.addBatch();
                    anyNew = true;
                }
            }
            if (anyNew) {
                insert.executeBatch();
            }
        }
    }

    private static String slotFacet(String slot) {
        return "slot:" + slot;
    }

    private static String tagFacet(String tag) {
        return "tag:" + tag;
    }

    /** What a plugin's listed face is counted by: nothing unless it is public. */
    record Face(boolean listedPublic, Optional<String> slot, Set<String> words, Set<String> tags) {

        static final Face NONE = new Face(false, Optional.empty(), Set.of(), Set.of());

        /**
         * The counters a public plugin counts in: under every facet it belongs to, the empty
         * prefix and every prefix of its words (cut at characters, never inside one), each once;
         * its tags' facets under the empty prefix only.
         */
        Set<Key> keys() {
            if (!listedPublic) {
                return Set.of();
            }
            List<String> facets = new ArrayList<>(List.of(""));
            slot.ifPresent(name -> facets.add(slotFacet(name)));
            Set<Key> keys = new HashSet<>();
            for (String facet : facets) {
                keys.add(new Key(facet, NO_PREFIX));
                for (String word : words) {
                    for (int length = 1; length <= word.codePointCount(0, word.length()); length++) {
                        keys.add(new Key(facet, word.substring(0, word.offsetByCodePoints(0, length))));
                    }
                }
            }
            tags.forEach(tag -> keys.add(new Key(tagFacet(tag), NO_PREFIX)));
            return keys;
        }
    }

    /** One counter: public plugins in a facet with a word starting with the prefix. */
    record Key(String facet, String prefix) {
    }
}
