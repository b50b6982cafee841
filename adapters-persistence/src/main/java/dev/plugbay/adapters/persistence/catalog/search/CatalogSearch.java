package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.database.DatabaseKind;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans and runs a catalog search, in hand-written SQL because its shape depends on the query
 * (optional filters, one condition per word). Every condition is answered by an index: words by
 * a range on {@code search_term} ({@link WordMatches}), tags by {@code plugin_tag}, and the order
 * by the index of its sort key; totals come from maintained counts ({@link SearchCounts}) where
 * they can, and a page reads only its own rows where the order allows.
 */
@Singleton
public class CatalogSearch {

    private final Transactions transactions;
    private final SearchCounts counts;

    CatalogSearch(Transactions transactions, SearchCounts counts) {
        this.transactions = transactions;
        this.counts = counts;
    }

    /**
     * The ids on the query's page, in order, and how many plugins match in all. Without text, the
     * sort key's index on {@code plugin} drives. A text query is answered from {@code search_term}
     * alone: a word's range on a covering index gives each matching plugin once, with its
     * visibility, slot and sort key. One word whose total the counters know is paged term by term
     * ({@link TermMerge}) when that reads fewer rows; a query that leaves out the viewer's
     * installations or one kind of plugin has no maintained total and is counted by its scan; otherwise how the words are combined depends
     * on the database: see {@link #scanWords}.
     */
    public Page<String> search(CatalogQuery query) {
        List<String> words = query.text().map(text -> List.copyOf(SearchWords.of(text))).orElse(List.of());
        if (query.text().isPresent() && words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        DatabaseKind database = transactions.database();
        return transactions.withConnection(connection -> {
            if (words.isEmpty()) {
                return searchPlugins(connection, query);
            }
            Optional<Long> total = words.size() == 1
                    ? counts.total(connection, query, Optional.of(words.get(0))) : Optional.empty();
            if (total.isPresent()) {
                Optional<List<String>> page = TermMerge.page(connection, query, words.get(0), total.get(), TextOrder.of(database));
                if (page.isPresent()) {
                    return new Page<>(page.get(), total.get());
                }
            }
            return scanWords(connection, query, words, total, database);
        });
    }

    private Page<String> searchPlugins(Connection connection, CatalogQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String matches = " FROM plugin p WHERE" + SearchSql.filters(query, "p", "p.id", parameters);
        String page = "SELECT p.id" + matches + " ORDER BY " + SearchSql.orderOf(query, "p." + SearchSql.sortKeyOf(query), "p.id")
                + " LIMIT ? OFFSET ?";
        Optional<Long> counted = counts.total(connection, query, Optional.empty());
        long total = counted.isPresent() ? counted.get()
                : Jdbc.number(connection, "SELECT COUNT(p.id)" + matches, parameters, 0);
        return new Page<>(pageOf(connection, page, parameters, query), total);
    }

    /**
     * Every match of the first word is read. On PostgreSQL the first word's matches drive and every
     * other word is an {@code EXISTS} on {@code (plugin_id, term)} per candidate. One word: the
     * count (unless known) and the page are two statements; several: the page's statement also
     * counts the matches (a window count: one pass over the candidates instead of two). The window
     * runs in a subquery that the page's {@code ORDER BY ... LIMIT} sorts: PostgreSQL 15 costs a
     * window count right under a {@code LIMIT} as if it stopped early, and at 1,000,000 plugins it
     * then probed {@code (plugin_id, term)} for each of the first word's 50,000 matches in sort
     * order instead of hashing the other word's (docs/benchmarks.md). On H2 each
     * word's matches are read in one range scan and combined here ({@link WordIntersection}).
     */
    private static Page<String> scanWords(Connection connection, CatalogQuery query, List<String> words,
            Optional<Long> knownTotal, DatabaseKind database) throws SQLException {
        if (database.isH2()) {
            return WordIntersection.of(connection, query, words, TextOrder.of(database));
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder matches = new StringBuilder(" FROM search_term s WHERE");
        matches.append(WordMatches.matches("s", words.get(0), parameters)).append(" AND")
                .append(SearchSql.filters(query, "s", "s.plugin_id", parameters));
        for (String word : words.subList(1, words.size())) {
            matches.append(" AND EXISTS (SELECT 1 FROM search_term w WHERE w.plugin_id = s.plugin_id AND")
                    .append(WordMatches.termStartsWith("w", word, parameters)).append(")");
        }
        String key = SearchSql.sortKeyOf(query);
        String count = "SELECT COUNT(*)" + matches;
        if (words.size() > 1) {
            return pageWithTotal(connection, "SELECT m.plugin_id, m.total FROM (SELECT s.plugin_id, s." + key
                    + ", COUNT(*) OVER () AS total" + matches + ") m ORDER BY " + SearchSql.orderOf(query, "m." + key, "m.plugin_id")
                    + " LIMIT ? OFFSET ?", count, parameters, query);
        }
        List<String> page = pageOf(connection, "SELECT s.plugin_id" + matches + " ORDER BY "
                + SearchSql.orderOf(query, "s." + key, "s.plugin_id") + " LIMIT ? OFFSET ?", parameters, query);
        return new Page<>(page, knownTotal.isPresent() ? knownTotal.get() : Jdbc.number(connection, count, parameters, 0));
    }

    /**
     * A page whose rows also carry the total; a page past the end has no row to carry it, so the
     * total is then counted on its own.
     */
    private static Page<String> pageWithTotal(Connection connection, String sql, String countSql,
            List<Object> parameters, CatalogQuery query) throws SQLException {
        List<String> ids = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = Jdbc.prepared(connection, sql, withLimitAndOffset(parameters, query));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                total = rows.getLong(2);
            }
        }
        if (ids.isEmpty() && query.offset() > 0) {
            total = Jdbc.number(connection, countSql, parameters, 0);
        }
        return new Page<>(ids, total);
    }

    private static List<String> pageOf(Connection connection, String sql, List<Object> parameters, CatalogQuery query)
            throws SQLException {
        return Jdbc.texts(connection, sql, withLimitAndOffset(parameters, query));
    }

    /** The parameters of a statement that ends in {@code LIMIT ? OFFSET ?}. */
    private static List<Object> withLimitAndOffset(List<Object> parameters, CatalogQuery query) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(query.size());
        all.add(query.offset());
        return all;
    }
}
