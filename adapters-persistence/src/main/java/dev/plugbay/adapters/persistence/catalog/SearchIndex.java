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
import java.util.Set;

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

    /** The ids on the query's page, in order, and how many plugins match in all. */
    Page<String> search(CatalogQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM plugin p WHERE (p.listed_public OR p.author_key = ?)");
        parameters.add(query.viewer().canonical());
        query.slot().ifPresent(slot -> {
            where.append(" AND p.slot = ?");
            parameters.add(slot.name());
        });
        query.tag().ifPresent(tag -> {
            where.append(" AND p.id IN (SELECT t.plugin_id FROM plugin_tag t WHERE t.tag = ?)");
            parameters.add(tag.value());
        });
        if (query.text().isPresent()) {
            Set<String> words = SearchWords.of(query.text().get());
            if (words.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            for (String word : words) {
                where.append(" AND p.id IN (SELECT s.plugin_id FROM search_term s WHERE s.term LIKE ? ESCAPE '\\')");
                parameters.add(escapeLike(word) + "%");
            }
        }
        String page = "SELECT p.id" + where + " ORDER BY " + orderOf(query) + " LIMIT ? OFFSET ?";
        return transactions.withConnection(connection -> {
            long total = count(connection, "SELECT COUNT(*)" + where, parameters);
            List<Object> pageParameters = new ArrayList<>(parameters);
            pageParameters.add(query.size());
            pageParameters.add(query.offset());
            return new Page<>(ids(connection, page, pageParameters), total);
        });
    }

    private static String orderOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "p.download_count DESC, p.id";
            case NAME -> "p.name_key, p.id";
            case UPDATED -> "p.updated_at DESC, p.id";
        };
    }

    /** Words are letters and digits only; escaping keeps that true for LIKE whatever splits them. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
