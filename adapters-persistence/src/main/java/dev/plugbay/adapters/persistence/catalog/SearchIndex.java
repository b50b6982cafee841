package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.adapters.persistence.catalog.SearchWords.IndexedWord;
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
    /**
     * A word's matches, one row per plugin: the rows of its prefix range that follow a word not in
     * that range (V3 migration). Parameters: the word's prefix pattern, twice.
     */
    private static final String FIRST_OF_PREFIX = " s.term LIKE ? ESCAPE '\\' AND s.previous_term NOT LIKE ? ESCAPE '\\'";

    private final Transactions transactions;

    SearchIndex(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Indexes the listed face of a plugin, replacing what was indexed for it before. Each word row
     * carries the plugin's previous word and a copy of the plugin row's visibility, slot and sort
     * keys (as stored, so read back from {@code plugin} in the same statement) for searches that
     * never need to join it.
     */
    void index(String pluginId, Manifest listed) {
        transactions.withConnection(connection -> {
            execute(connection, "DELETE FROM plugin_tag WHERE plugin_id = ?", pluginId);
            execute(connection, "DELETE FROM search_term WHERE plugin_id = ?", pluginId);
            List<String> tags = listed.tags().stream().map(Tag::value).toList();
            if (!tags.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO plugin_tag (tag, plugin_id) VALUES (?, ?)")) {
                    for (String tag : tags) {
                        insert.setString(1, tag);
                        insert.setString(2, pluginId);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_term (term, previous_term,"
                    + " plugin_id, " + PLUGIN_COPIES + ") SELECT ?, ?, p.id, p." + PLUGIN_COPIES.replace(", ", ", p.")
                    + " FROM plugin p WHERE p.id = ?")) {
                for (IndexedWord word : SearchWords.indexed(listed)) {
                    insert.setString(1, word.word());
                    insert.setString(2, word.previous());
                    insert.setString(3, pluginId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
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
     * The ids on the query's page, in order, and how many plugins match in all. Without text, the
     * sort key's index on {@code plugin} drives. A text query is answered from {@code search_term}
     * alone: a word's prefix range on the covering index gives each matching plugin once, with its
     * visibility, slot and sort key. How the words of a query are combined depends on the database:
     * see {@link #searchWords}.
     */
    Page<String> search(CatalogQuery query) {
        List<String> words = query.text().map(text -> List.copyOf(SearchWords.of(text))).orElse(List.of());
        if (query.text().isPresent() && words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        return words.isEmpty() ? searchPlugins(query) : searchWords(query, words);
    }

    private Page<String> searchPlugins(CatalogQuery query) {
        List<Object> parameters = new ArrayList<>();
        String matches = " FROM plugin p WHERE" + filters(query, "p", "p.id", parameters);
        String page = "SELECT p.id" + matches + " ORDER BY " + orderOf(query, "p." + sortKeyOf(query), "p.id")
                + " LIMIT ? OFFSET ?";
        return transactions.withConnection(connection -> {
            long total = count(connection, "SELECT COUNT(p.id)" + matches, parameters);
            return new Page<>(pageOf(connection, page, parameters, query), total);
        });
    }

    /**
     * On PostgreSQL the first word's matches drive and every other word is an {@code EXISTS} on
     * {@code (plugin_id, term)} per candidate. One word: the count and the page are two
     * statements; several: the page's statement also counts the matches (a window count: one pass
     * over the candidates instead of two). On H2 each word's matches are read in one range scan
     * and combined here ({@link WordIntersection}).
     */
    private Page<String> searchWords(CatalogQuery query, List<String> words) {
        return transactions.withConnection(connection -> {
            if (isH2(connection)) {
                return WordIntersection.of(connection, query, words);
            }
            List<Object> parameters = new ArrayList<>();
            StringBuilder matches = new StringBuilder(" FROM search_term s WHERE");
            matches.append(matchesOf(words.get(0), parameters)).append(" AND")
                    .append(filters(query, "s", "s.plugin_id", parameters));
            for (String word : words.subList(1, words.size())) {
                matches.append(" AND EXISTS (SELECT 1 FROM search_term w WHERE w.plugin_id = s.plugin_id"
                        + " AND w.term LIKE ? ESCAPE '\\')");
                parameters.add(prefixPattern(word));
            }
            String order = " ORDER BY " + orderOf(query, "s." + sortKeyOf(query), "s.plugin_id") + " LIMIT ? OFFSET ?";
            String count = "SELECT COUNT(*)" + matches;
            return words.size() == 1
                    ? new Page<>(pageOf(connection, "SELECT s.plugin_id" + matches + order, parameters, query),
                            count(connection, count, parameters))
                    : pageWithTotal(connection, "SELECT s.plugin_id, COUNT(*) OVER ()" + matches + order, count,
                            parameters, query);
        });
    }

    /** The condition that selects a word's matches on {@code search_term s}, one row per plugin. */
    private static String matchesOf(String word, List<Object> parameters) {
        parameters.add(prefixPattern(word));
        parameters.add(prefixPattern(word));
        return FIRST_OF_PREFIX;
    }

    /** Visibility for the viewer, and the tag and slot filters, on a row aliased {@code alias}. */
    static String filters(CatalogQuery query, String alias, String id, List<Object> parameters) {
        StringBuilder filters = new StringBuilder(" (" + alias + ".listed_public OR " + alias + ".author_key = ?)");
        parameters.add(query.viewer().canonical());
        query.tag().ifPresent(tag -> {
            filters.append(" AND EXISTS (SELECT 1 FROM plugin_tag t WHERE t.plugin_id = ").append(id)
                    .append(" AND t.tag = ?)");
            parameters.add(tag.value());
        });
        query.slot().ifPresent(slot -> {
            filters.append(" AND ").append(alias).append(".slot = ?");
            parameters.add(slot.name());
        });
        return filters.toString();
    }

    static String sortKeyOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "download_count";
            case NAME -> "name_key";
            case UPDATED -> "updated_at";
        };
    }

    private static String orderOf(CatalogQuery query, String key, String id) {
        return switch (query.sort()) {
            case DOWNLOADS, UPDATED -> key + " DESC, " + id;
            case NAME -> key + ", " + id;
        };
    }

    /** Words are letters and digits only; escaping keeps LIKE literal whatever splits them. */
    private static String prefixPattern(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private static void execute(Connection connection, String sql, String pluginId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pluginId);
            statement.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * A page whose rows also carry the total; a page past the end has no row to carry it, so the
     * total is then counted on its own.
     */
    private static Page<String> pageWithTotal(Connection connection, String sql, String countSql,
            List<Object> parameters, CatalogQuery query) throws SQLException {
        List<String> ids = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = prepared(connection, sql, withLimitAndOffset(parameters, query));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                total = rows.getLong(2);
            }
        }
        if (ids.isEmpty() && query.offset() > 0) {
            total = count(connection, countSql, parameters);
        }
        return new Page<>(ids, total);
    }

    private static List<String> pageOf(Connection connection, String sql, List<Object> parameters, CatalogQuery query)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = prepared(connection, sql, withLimitAndOffset(parameters, query));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The parameters of a statement that ends in {@code LIMIT ? OFFSET ?}. */
    private static List<Object> withLimitAndOffset(List<Object> parameters, CatalogQuery query) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(query.size());
        all.add(query.offset());
        return all;
    }

    static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
