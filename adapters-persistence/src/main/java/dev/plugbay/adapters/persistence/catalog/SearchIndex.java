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

    /** The plugin columns each word row carries a copy of. */
    private static final String PLUGIN_COPIES = "listed_public, author_key, slot, download_count, name_key, updated_at";

    private final Transactions transactions;

    SearchIndex(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Indexes the listed face of a plugin, replacing what was indexed for it before. Each word row
     * carries a copy of the plugin row's visibility, slot and sort keys (as stored, so read back
     * from {@code plugin} in the same statement) for searches that never need to join it.
     */
    void index(String pluginId, Manifest listed) {
        transactions.withConnection(connection -> {
            execute(connection, "DELETE FROM plugin_tag WHERE plugin_id = ?", pluginId);
            execute(connection, "DELETE FROM search_term WHERE plugin_id = ?", pluginId);
            insertAll(connection, "INSERT INTO plugin_tag (tag, plugin_id) VALUES (?, ?)",
                    listed.tags().stream().map(Tag::value).toList(), pluginId);
            insertAll(connection, "INSERT INTO search_term (term, plugin_id, " + PLUGIN_COPIES + ")"
                    + " SELECT ?, p.id, p." + PLUGIN_COPIES.replace(", ", ", p.") + " FROM plugin p WHERE p.id = ?",
                    List.copyOf(SearchWords.of(listed)), pluginId);
            return null;
        });
    }

    /** Adds one download to the copy of a plugin's count that its words carry. */
    void countDownload(String pluginId) {
        transactions.withConnection(connection -> {
            execute(connection, "UPDATE search_term SET download_count = download_count + 1 WHERE plugin_id = ?", pluginId);
            return null;
        });
    }

    /**
     * The ids on the query's page, in order, and how many plugins match in all. A text query is
     * answered from {@code search_term} alone: its first word's prefix range on the covering index
     * gives each candidate with its visibility, slot and sort keys; every other word is a check
     * on {@code (plugin_id, term)}. Without text, the sort key's index on {@code plugin} drives.
     */
    Page<String> search(CatalogQuery query) {
        List<String> words = query.text().map(text -> List.copyOf(SearchWords.of(text))).orElse(List.of());
        if (query.text().isPresent() && words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder matches = new StringBuilder();
        String alias;
        if (words.isEmpty()) {
            alias = "p";
            matches.append(" FROM plugin p WHERE");
        } else {
            alias = "s";
            matches.append(" FROM search_term s WHERE s.term LIKE ? ESCAPE '\\' AND");
            parameters.add(prefixPattern(words.get(0)));
        }
        String id = words.isEmpty() ? "p.id" : "s.plugin_id";
        matches.append(" (").append(alias).append(".listed_public OR ").append(alias).append(".author_key = ?)");
        parameters.add(query.viewer().canonical());
        for (String word : words.subList(Math.min(1, words.size()), words.size())) {
            matches.append(" AND EXISTS (SELECT 1 FROM search_term w WHERE w.plugin_id = ").append(id)
                    .append(" AND w.term LIKE ? ESCAPE '\\')");
            parameters.add(prefixPattern(word));
        }
        query.tag().ifPresent(tag -> {
            matches.append(" AND EXISTS (SELECT 1 FROM plugin_tag t WHERE t.plugin_id = ").append(id)
                    .append(" AND t.tag = ?)");
            parameters.add(tag.value());
        });
        query.slot().ifPresent(slot -> {
            matches.append(" AND ").append(alias).append(".slot = ?");
            parameters.add(slot.name());
        });
        // A word can start several terms of one plugin: only the word-driven form needs DISTINCT.
        String distinct = words.isEmpty() ? "" : "DISTINCT ";
        String page = "SELECT " + distinct + id + ", " + alias + "." + sortKeyOf(query) + matches
                + " ORDER BY " + orderOf(query, alias, id) + " LIMIT ? OFFSET ?";
        return transactions.withConnection(connection -> {
            long total = count(connection, "SELECT COUNT(" + distinct + id + ")" + matches, parameters);
            List<Object> pageParameters = new ArrayList<>(parameters);
            pageParameters.add(query.size());
            pageParameters.add(query.offset());
            return new Page<>(ids(connection, page, pageParameters), total);
        });
    }

    private static String sortKeyOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "download_count";
            case NAME -> "name_key";
            case UPDATED -> "updated_at";
        };
    }

    private static String orderOf(CatalogQuery query, String alias, String id) {
        String key = alias + "." + sortKeyOf(query);
        return switch (query.sort()) {
            case DOWNLOADS, UPDATED -> key + " DESC, " + id;
            case NAME -> key + ", " + id;
        };
    }

    /** Words are letters and digits only; escaping keeps LIKE literal whatever splits them. */
    private static String prefixPattern(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void execute(Connection connection, String sql, String pluginId) throws SQLException {
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
