package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.domain.catalog.CatalogQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page of one word's matches read term by term, when its total is known without a scan
 * ({@link SearchCounts}): a prefix such as {@code cal} covers few distinct terms, and the sort
 * index {@code (term, <sort key>, plugin_id, ...)} (V5) gives each term's matches already in the
 * page's order. Reading the first {@code offset + size} of each term and keeping the top of them
 * reads far fewer rows than ranking every match of a broad word: the page of a word matching
 * 5,000 plugins reads 150 rows per term instead of 5,000.
 */
final class TermMerge {

    /** Past this many terms, one scan of the prefix's range is the cheaper plan. */
    private static final int MAX_TERMS = 16;
    /** No term contains it (terms are letters and digits): the least string after a term's own rows. */
    private static final char AFTER_TERM = '\u0001';

    private TermMerge() {
    }

    /**
     * The ids on the page, or nothing when reading term by term would not read fewer rows than a
     * scan of the word's {@code total} matches.
     */
    static Optional<List<String>> page(Connection connection, CatalogQuery query, String word, long total,
            TextOrder textOrder) throws SQLException {
        long wanted = query.offset() + query.size();
        if (!WordMatches.isRange(word) || wanted >= total) {
            return Optional.empty();
        }
        Optional<List<String>> terms = termsStartingWith(connection, word, Math.min(MAX_TERMS, (total - 1) / wanted));
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(word); // the term: set for each term below
        parameters.add(word);
        String sql = "SELECT s.plugin_id, s." + SearchSql.sortKeyOf(query) + " FROM search_term s"
                + " WHERE s.term = ? AND s.previous_term < ? AND" + SearchSql.filters(query, "s", "s.plugin_id", parameters)
                + " ORDER BY s.term, " + SearchSql.orderOf(query, "s." + SearchSql.sortKeyOf(query), "s.plugin_id")
                + " LIMIT ?";
        parameters.add(wanted);
        TopMatches top = new TopMatches(query, textOrder);
        try (PreparedStatement statement = Jdbc.prepared(connection, sql, parameters)) {
            for (String term : terms.get()) {
                statement.setString(1, term);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        top.offer(rows);
                    }
                }
            }
        }
        return Optional.of(top.page());
    }

    /** The distinct terms that start with the word, one index seek each, unless there are more than {@code most}. */
    private static Optional<List<String>> termsStartingWith(Connection connection, String word, long most)
            throws SQLException {
        List<String> terms = new ArrayList<>();
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT s.term FROM search_term s WHERE s.term >= ? AND s.term < ? ORDER BY s.term LIMIT 1")) {
            next.setString(2, WordMatches.upperBound(word));
            String from = word;
            while (true) {
                next.setString(1, from);
                try (ResultSet rows = next.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.of(terms);
                    }
                    terms.add(rows.getString(1));
                }
                if (terms.size() > most) {
                    return Optional.empty();
                }
                from = terms.get(terms.size() - 1) + AFTER_TERM;
            }
        }
    }
}
