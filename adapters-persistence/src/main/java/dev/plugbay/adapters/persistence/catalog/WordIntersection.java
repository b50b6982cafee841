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
        List<Match> matches = firstWordMatches(connection, query, words.get(0));
        for (String word : words.subList(1, words.size())) {
            Set<String> plugins = pluginsMatching(connection, word);
            matches.removeIf(match -> !plugins.contains(match.pluginId()));
        }
        List<Match> top = top(matches, orderOf(query), query.offset() + query.size());
        return new Page<>(top.stream().skip(query.offset()).map(Match::pluginId).toList(), matches.size());
    }

    /** The first {@code count} matches in order, without sorting the rest. */
    private static List<Match> top(List<Match> matches, Comparator<Match> order, long count) {
        PriorityQueue<Match> lowestLast = new PriorityQueue<>(order.reversed());
        for (Match match : matches) {
            if (lowestLast.size() < count) {
                lowestLast.add(match);
            } else if (order.compare(match, lowestLast.peek()) < 0) {
                lowestLast.poll();
                lowestLast.add(match);
            }
        }
        List<Match> top = new ArrayList<>(lowestLast);
        top.sort(order);
        return top;
    }

    private static List<Match> firstWordMatches(Connection connection, CatalogQuery query, String word)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT s.plugin_id, s." + SearchIndex.sortKeyOf(query) + " FROM search_term s WHERE"
                + SearchIndex.matchesOf(word, parameters) + " AND" + SearchIndex.filters(query, "s", "s.plugin_id", parameters);
        List<Match> matches = new ArrayList<>();
        try (PreparedStatement statement = SearchIndex.prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                matches.add(switch (query.sort()) {
                    case DOWNLOADS -> new Match(rows.getString(1), rows.getLong(2), "", Instant.EPOCH);
                    case NAME -> new Match(rows.getString(1), 0, rows.getString(2), Instant.EPOCH);
                    case UPDATED -> new Match(rows.getString(1), 0, "", rows.getObject(2, OffsetDateTime.class).toInstant());
                });
            }
        }
        return matches;
    }

    private static Set<String> pluginsMatching(Connection connection, String word) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT s.plugin_id FROM search_term s WHERE" + SearchIndex.matchesOf(word, parameters);
        Set<String> plugins = new HashSet<>();
        try (PreparedStatement statement = SearchIndex.prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plugins.add(rows.getString(1));
            }
        }
        return plugins;
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
