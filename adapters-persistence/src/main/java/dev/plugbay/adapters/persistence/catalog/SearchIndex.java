package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.Tag;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The search side of the catalog, in hand-written SQL because its shape depends on the query
 * (optional filters, one condition per word). Every condition is answered by an index: words by
 * a prefix range on {@code search_term}, tags by {@code plugin_tag}, and the order by the index
 * of its sort key; a page reads only its own rows after counting the matches.
 */
@Singleton
class SearchIndex {

    private final Transactions transactions;

    SearchIndex(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Indexes the listed face of a plugin, replacing what was indexed for it before. */
    void index(String pluginId, Manifest listed) {
        transactions.withConnection(connection -> {
            delete(connection, "DELETE FROM plugin_tag WHERE plugin_id = ?", pluginId);
            delete(connection, "DELETE FROM search_term WHERE plugin_id = ?", pluginId);
            insertAll(connection, "INSERT INTO plugin_tag (tag, plugin_id) VALUES (?, ?)",
                    listed.tags().stream().map(Tag::value).toList(), pluginId);
            insertAll(connection, "INSERT INTO search_term (term, plugin_id) VALUES (?, ?)",
                    List.copyOf(SearchWords.of(listed)), pluginId);
            return null;
        });
    }

    /**
     * The ids on the query's page, in order, and how many plugins match in all. A text query is
     * driven from its first word's prefix range on {@code search_term} (a LEFT JOIN, so that H2
     * keeps that join order instead of scanning {@code plugin}); the other words and the tag are
     * checked per candidate through their indexes. Without text, the sort key's index drives.
     */
    Page<String> search(CatalogQuery query) {
        List<Object> parameters = new ArrayList<>();
        List<String> words = query.text().map(text -> List.copyOf(SearchWords.of(text))).orElse(List.of());
        if (query.text().isPresent() && words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder();
        String from;
        if (words.isEmpty()) {
            from = " FROM plugin p";
            where.append(" WHERE");
        } else {
            from = " FROM search_term s LEFT JOIN plugin p ON p.id = s.plugin_id";
            where.append(" WHERE s.term LIKE ? ESCAPE '\\' AND");
            parameters.add(prefixPattern(words.get(0)));
        }
        where.append(" (p.listed_public OR p.author_key = ?)");
        parameters.add(query.viewer().canonical());
        for (String word : words.subList(Math.min(1, words.size()), words.size())) {
            where.append(" AND EXISTS (SELECT 1 FROM search_term w WHERE w.plugin_id = p.id AND w.term LIKE ? ESCAPE '\\')");
            parameters.add(prefixPattern(word));
        }
        query.tag().ifPresent(tag -> {
            where.append(" AND EXISTS (SELECT 1 FROM plugin_tag t WHERE t.plugin_id = p.id AND t.tag = ?)");
            parameters.add(tag.value());
        });
        query.slot().ifPresent(slot -> {
            where.append(" AND p.slot = ?");
            parameters.add(slot.name());
        });
        String matches = from + where;
        // A word can start several terms of one plugin: only the word-driven form needs DISTINCT.
        String distinct = words.isEmpty() ? "" : "DISTINCT ";
        String page = "SELECT " + distinct + "p.id, " + sortKeyOf(query) + matches + " ORDER BY " + orderOf(query)
                + " LIMIT ? OFFSET ?";
        return transactions.withConnection(connection -> {
            long total = count(connection, "SELECT COUNT(" + distinct + "p.id)" + matches, parameters);
            List<Object> pageParameters = new ArrayList<>(parameters);
            pageParameters.add(query.size());
            pageParameters.add(query.offset());
            return new Page<>(ids(connection, page, pageParameters), total);
        });
    }

    private static String sortKeyOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "p.download_count";
            case NAME -> "p.name_key";
            case UPDATED -> "p.updated_at";
        };
    }

    private static String orderOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "p.download_count DESC, p.id";
            case NAME -> "p.name_key, p.id";
            case UPDATED -> "p.updated_at DESC, p.id";
        };
    }

    /** Words are letters and digits only; escaping keeps LIKE literal whatever splits them. */
    private static String prefixPattern(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void delete(Connection connection, String sql, String pluginId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pluginId);
            statement.executeUpdate();
        }
    }

    private static void insertAll(Connection connection, String sql, List<String> values, String pluginId)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String value : values) {
                statement.setString(1, value);
                statement.setString(2, pluginId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static long count(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> ids(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
