package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A text query on H2: each word's matches are read in one scan of its prefix range on a covering
 * index (the first word's with the filters and the sort key), then intersected, counted and
 * ordered here, keeping only the top of the order up to the page. H2 joins by nested loops only (a
 * probe per candidate costs about 30 index entries scanned), and collects and sorts every match of
 * an {@code ORDER BY ... LIMIT} in its own result rows; both measured slower than this
 * (docs/persistence.md). Strings are ordered as H2 orders them, by UTF-16 code unit
 * ({@link String#compareTo}).
 */
final class WordIntersection {

    private WordIntersection() {
    }

    static Page<String> of(Connection connection, CatalogQuery query, List<String> words) throws SQLException {
        List<Set<String>> otherWords = new ArrayList<>();
        for (String word : words.subList(1, words.size())) {
            otherWords.add(pluginsMatching(connection, word));
        }
        Comparator<Match> order = orderOf(query);
        PriorityQueue<Match> top = new PriorityQueue<>(order.reversed());
        long wanted = query.offset() + query.size();
        long total = 0;
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT s.plugin_id, s." + SearchIndex.sortKeyOf(query) + " FROM search_term s WHERE"
                + matchesOf(words.get(0), parameters) + " AND" + SearchIndex.filters(query, "s", "s.plugin_id", parameters);
        try (PreparedStatement statement = SearchIndex.prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String pluginId = rows.getString(1);
                if (matchesAll(otherWords, pluginId)) {
                    total++;
                    keepIfOnTop(top, order, wanted, matchOf(rows, pluginId, query));
                }
            }
        }
        List<Match> ordered = new ArrayList<>(top);
        ordered.sort(order);
        return new Page<>(ordered.stream().skip(query.offset()).map(Match::pluginId).toList(), total);
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

    /** Keeps the first {@code wanted} matches of the order in a heap whose head is the last of them. */
    private static void keepIfOnTop(PriorityQueue<Match> top, Comparator<Match> order, long wanted, Match match) {
        if (top.size() < wanted) {
            top.add(match);
        } else if (order.compare(match, top.peek()) < 0) {
            top.poll();
            top.add(match);
        }
    }

    private static Match matchOf(ResultSet rows, String pluginId, CatalogQuery query) throws SQLException {
        return switch (query.sort()) {
            case DOWNLOADS -> new Match(pluginId, rows.getLong(2), "", Instant.EPOCH);
            case NAME -> new Match(pluginId, 0, rows.getString(2), Instant.EPOCH);
            case UPDATED -> new Match(pluginId, 0, "", rows.getObject(2, OffsetDateTime.class).toInstant());
        };
    }

    private static Set<String> pluginsMatching(Connection connection, String word) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT s.plugin_id FROM search_term s WHERE" + matchesOf(word, parameters);
        Set<String> plugins = new HashSet<>();
        try (PreparedStatement statement = SearchIndex.prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plugins.add(rows.getString(1));
            }
        }
        return plugins;
    }

    /**
     * A word's matches (see {@code SearchIndex}) as plain ranges, cheaper on H2 than {@code LIKE}:
     * the terms that start with the word are those from it up to the word with its last character
     * raised by one, and the previous term does not start with it exactly when it sorts before
     * it. Exact because H2 compares strings by code unit, the order {@code previous_term} was
     * computed in; words are letters and digits, so their last character is never U+FFFF.
     */
    private static String matchesOf(String word, List<Object> parameters) {
        int last = word.length() - 1;
        parameters.add(word);
        parameters.add(word.substring(0, last) + (char) (word.charAt(last) + 1));
        parameters.add(word);
        return " s.term >= ? AND s.term < ? AND s.previous_term < ?";
    }

    /** The SQL order of {@code SearchIndex}: the sort key, then the id. */
    private static Comparator<Match> orderOf(CatalogQuery query) {
        Comparator<Match> byKey = switch (query.sort()) {
            case DOWNLOADS -> Comparator.comparingLong(Match::downloads).reversed();
            case NAME -> Comparator.comparing(Match::nameKey);
            case UPDATED -> Comparator.comparing(Match::updatedAt).reversed();
        };
        return byKey.thenComparing(Match::pluginId);
    }

    /** A matching plugin with the sort key the query orders by (the other two left at a constant). */
    private record Match(String pluginId, long downloads, String nameKey, Instant updatedAt) {
    }
}
