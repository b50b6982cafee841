package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.domain.catalog.CatalogQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first matches of a query's order, up to the end of its page, picked from matches offered in
 * any order: a heap whose head is the last match kept. Orders as {@link SearchSql#orderOf} does in SQL:
 * the sort key, then the id, text in the database's order.
 */
final class TopMatches {

    private final CatalogQuery query;
    private final Comparator<Match> order;
    private final PriorityQueue<Match> top;
    private final long wanted;

    TopMatches(CatalogQuery query, TextOrder textOrder) {
        this.query = query;
        this.order = orderOf(query, textOrder);
        this.top = new PriorityQueue<>(order.reversed());
        this.wanted = query.offset() + query.size();
    }

    /** Offers the current row: the plugin id in column 1, the query's sort key in column 2. */
    void offer(ResultSet rows) throws SQLException {
        Match match = matchOf(rows);
        if (top.size() < wanted) {
            top.add(match);
        } else if (order.compare(match, top.peek()) < 0) {
            top.poll();
            top.add(match);
        }
    }

    /** The ids on the query's page, in order. */
    List<String> page() {
        List<Match> ordered = new ArrayList<>(top);
        ordered.sort(order);
        return ordered.stream().skip(query.offset()).map(Match::pluginId).toList();
    }

    private Match matchOf(ResultSet rows) throws SQLException {
        String pluginId = rows.getString(1);
        return switch (query.sort()) {
            case DOWNLOADS -> new Match(pluginId, rows.getLong(2), "", Instant.EPOCH);
            case NAME -> new Match(pluginId, 0, rows.getString(2), Instant.EPOCH);
            case UPDATED -> new Match(pluginId, 0, "", rows.getObject(2, OffsetDateTime.class).toInstant());
        };
    }

    private static Comparator<Match> orderOf(CatalogQuery query, TextOrder textOrder) {
        Comparator<Match> byKey = switch (query.sort()) {
            case DOWNLOADS -> Comparator.comparingLong(Match::downloads).reversed();
            case NAME -> Comparator.comparing(Match::nameKey, textOrder);
            case UPDATED -> Comparator.comparing(Match::updatedAt).reversed();
        };
        return byKey.thenComparing(Match::pluginId, textOrder);
    }

    /** A matching plugin with the sort key the query orders by (the other two left at a constant). */
    private record Match(String pluginId, long downloads, String nameKey, Instant updatedAt) {
    }
}
