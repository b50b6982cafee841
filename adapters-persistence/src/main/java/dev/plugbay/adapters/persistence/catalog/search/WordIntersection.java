package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text query on H2: each word's matches are read in one scan of its range on a covering index
 * (the first word's with the filters and the sort key), then intersected, counted and ordered
 * here, keeping only the top of the order up to the page ({@link TopMatches}). H2 joins by nested
 * loops only (a probe per candidate costs about 30 index entries scanned), and collects and sorts
 * every match of an {@code ORDER BY ... LIMIT} in its own result rows; both measured slower than
 * this (docs/persistence.md).
 */
final class WordIntersection {

    private WordIntersection() {
    }

    static Page<String> of(Connection connection, CatalogQuery query, List<String> words, TextOrder textOrder)
            throws SQLException {
        List<Set<String>> otherWords = new ArrayList<>();
        for (String word : words.subList(1, words.size())) {
            otherWords.add(pluginsMatching(connection, word));
        }
        TopMatches top = new TopMatches(query, textOrder);
        long total = 0;
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT s.plugin_id, s." + SearchSql.sortKeyOf(query) + " FROM search_term s WHERE"
                + WordMatches.matches("s", words.get(0), parameters) + " AND"
                + SearchSql.filters(query, "s", "s.plugin_id", parameters);
        try (PreparedStatement statement = Jdbc.prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (matchesAll(otherWords, rows.getString(1))) {
                    total++;
                    top.offer(rows);
                }
            }
        }
        return new Page<>(top.page(), total);
    }

    /** A plain loop: this runs once per candidate row. */
    private static boolean matchesAll(List<Set<String>> otherWords, String pluginId) {
        for (Set<String> plugins : otherWords) {
            if (!plugins.contains(pluginId)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plugins with a word that starts with {@code word}. A set needs no one-row-per-plugin
     * condition on {@code previous_term}, so the range is read from the narrow primary key
     * {@code (term, plugin_id)} instead of a wide covering index: about a third faster.
     */
    private static Set<String> pluginsMatching(Connection connection, String word) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        return new HashSet<>(Jdbc.texts(connection,
                "SELECT s.plugin_id FROM search_term s WHERE" + WordMatches.termStartsWith("s", word, parameters), parameters));
    }
}
