package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.adapters.persistence.catalog.SearchCounts.Face;
import dev.plugbay.adapters.persistence.catalog.SearchWords.IndexedWord;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.Tag;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The search side of the catalog, in hand-written SQL because its shape depends on the query
 * (optional filters, one condition per word). Every condition is answered by an index: words by
 * a range on {@code search_term} ({@link WordMatches}), tags by {@code plugin_tag}, and the order
 * by the index of its sort key; totals come from maintained counts ({@link SearchCounts}) where
 * they can, and a page reads only its own rows where the order allows.
 */
@Singleton
class SearchIndex {

    /** The plugin columns each word row carries a copy of. */
    private static final String PLUGIN_COPIES = "listed_public, author_key, slot, download_count, name_key, updated_at, listed_ui";

    private final Transactions transactions;
    private final SearchCounts counts;

    SearchIndex(Transactions transactions, SearchCounts counts) {
        this.transactions = transactions;
        this.counts = counts;
    }

    /**
     * Indexes the listed face of a plugin, replacing what was indexed for it before. Each word row
     * carries the plugin's previous word and a copy of the plugin row's visibility, slot, sort
     * keys and ui flag (as stored, so read back from {@code plugin} in the same statement) for searches that
     * never need to join it.
     */
    void index(String pluginId, Manifest listed) {
        transactions.withConnection(connection -> {
            Face before = removed(connection, pluginId);
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
            counts.replace(before, new Face(listed.isPublic(), listed.slot().map(Slot::name),
                    SearchWords.of(listed), Set.copyOf(tags)));
            return null;
        });
    }

    /**
     * Removes a plugin from the index before the plugin itself is deleted. Its row is locked first:
     * a concurrent deletion of the same plugin waits, then finds nothing to uncount.
     */
    void unindex(String pluginId) {
        transactions.withConnection(connection -> {
            if (!Statements.texts(connection, "SELECT id FROM plugin WHERE id = ? FOR UPDATE", List.of(pluginId)).isEmpty()) {
                counts.replace(removed(connection, pluginId), Face.NONE);
            }
            return null;
        });
    }

    /** Adds one download to the copy of a plugin's count that its words carry. */
    void countDownload(String pluginId) {
        transactions.withConnection(connection -> {
            Statements.execute(connection,
                    "UPDATE search_term SET download_count = download_count + 1 WHERE plugin_id = ?", pluginId);
            return null;
        });
    }

    /**
     * Deletes what is indexed for a plugin and returns its counted face: the visibility and slot
     * its word rows carry (every plugin has a word: its id starts with a letter or digit) and its
     * tags.
     */
    private static Face removed(Connection connection, String pluginId) throws SQLException {
        Set<String> words = new HashSet<>();
        boolean listedPublic = false;
        Optional<String> slot = Optional.empty();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT term, listed_public, slot FROM search_term WHERE plugin_id = ?")) {
            statement.setString(1, pluginId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    words.add(rows.getString(1));
                    listedPublic = rows.getBoolean(2);
                    slot = Optional.ofNullable(rows.getString(3));
                }
            }
        }
        Set<String> tags = Set.copyOf(Statements.texts(connection, "SELECT tag FROM plugin_tag WHERE plugin_id = ?",
                List.of(pluginId)));
        Statements.execute(connection, "DELETE FROM plugin_tag WHERE plugin_id = ?", pluginId);
        Statements.execute(connection, "DELETE FROM search_term WHERE plugin_id = ?", pluginId);
        return words.isEmpty() ? Face.NONE : new Face(listedPublic, slot, words, tags);
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
    Page<String> search(CatalogQuery query) {
        List<String> words = query.text().map(text -> List.copyOf(SearchWords.of(text))).orElse(List.of());
        if (query.text().isPresent() && words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        return transactions.withConnection(connection -> {
            TextOrder textOrder = TextOrder.of(connection);
            if (words.isEmpty()) {
                return searchPlugins(connection, query);
            }
            Optional<Long> total = words.size() == 1
                    ? counts.total(connection, query, Optional.of(words.get(0))) : Optional.empty();
            if (total.isPresent()) {
                Optional<List<String>> page = TermMerge.page(connection, query, words.get(0), total.get(), textOrder);
                if (page.isPresent()) {
                    return new Page<>(page.get(), total.get());
                }
            }
            return scanWords(connection, query, words, total, textOrder);
        });
    }

    private Page<String> searchPlugins(Connection connection, CatalogQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String matches = " FROM plugin p WHERE" + filters(query, "p", "p.id", parameters);
        String page = "SELECT p.id" + matches + " ORDER BY " + orderOf(query, "p." + sortKeyOf(query), "p.id")
                + " LIMIT ? OFFSET ?";
        Optional<Long> counted = counts.total(connection, query, Optional.empty());
        long total = counted.isPresent() ? counted.get()
                : Statements.number(connection, "SELECT COUNT(p.id)" + matches, parameters, 0);
        return new Page<>(pageOf(connection, page, parameters, query), total);
    }

    /**
     * Every match of the first word is read. On PostgreSQL the first word's matches drive and every
     * other word is an {@code EXISTS} on {@code (plugin_id, term)} per candidate. One word: the
     * count (unless known) and the page are two statements; several: the page's statement also
     * counts the matches (a window count: one pass over the candidates instead of two). On H2 each
     * word's matches are read in one range scan and combined here ({@link WordIntersection}).
     */
    private static Page<String> scanWords(Connection connection, CatalogQuery query, List<String> words,
            Optional<Long> knownTotal, TextOrder textOrder) throws SQLException {
        if (textOrder.isH2()) {
            return WordIntersection.of(connection, query, words, textOrder);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder matches = new StringBuilder(" FROM search_term s WHERE");
        matches.append(WordMatches.matches("s", words.get(0), parameters)).append(" AND")
                .append(filters(query, "s", "s.plugin_id", parameters));
        for (String word : words.subList(1, words.size())) {
            matches.append(" AND EXISTS (SELECT 1 FROM search_term w WHERE w.plugin_id = s.plugin_id AND")
                    .append(WordMatches.termStartsWith("w", word, parameters)).append(")");
        }
        String order = " ORDER BY " + orderOf(query, "s." + sortKeyOf(query), "s.plugin_id") + " LIMIT ? OFFSET ?";
        String count = "SELECT COUNT(*)" + matches;
        if (words.size() > 1) {
            return pageWithTotal(connection, "SELECT s.plugin_id, COUNT(*) OVER ()" + matches + order, count,
                    parameters, query);
        }
        List<String> page = pageOf(connection, "SELECT s.plugin_id" + matches + order, parameters, query);
        return new Page<>(page, knownTotal.isPresent() ? knownTotal.get() : Statements.number(connection, count, parameters, 0));
    }

    /** Visibility for the viewer's author name, and the tag and slot filters, on a row aliased {@code alias}. */
    static String filters(CatalogQuery query, String alias, String id, List<Object> parameters) {
        if (query.author().isEmpty()) {
            return " " + alias + ".listed_public" + facetFilters(query, alias, id, parameters);
        }
        parameters.add(query.author().get().canonical());
        return " (" + alias + ".listed_public OR " + alias + ".author_key = ?)" + facetFilters(query, alias, id, parameters);
    }

    /**
     * The tag, slot and kind filters and the viewer's installations left out, each starting with
     * {@code AND}, on a row aliased {@code alias} whose plugin id is {@code id}. An installation is
     * left out by a probe of its primary key {@code (owner_key, plugin_id)}.
     */
    static String facetFilters(CatalogQuery query, String alias, String id, List<Object> parameters) {
        StringBuilder filters = new StringBuilder();
        if (query.excludesInstalled()) {
            filters.append(" AND NOT EXISTS (SELECT 1 FROM installation i WHERE i.owner_key = ? AND i.plugin_id = ")
                    .append(id).append(")");
            parameters.add(query.viewer().canonical());
        }
        query.tag().ifPresent(tag -> {
            filters.append(" AND EXISTS (SELECT 1 FROM plugin_tag t WHERE t.plugin_id = ").append(id)
                    .append(" AND t.tag = ?)");
            parameters.add(tag.value());
        });
        query.slot().ifPresent(slot -> {
            filters.append(" AND ").append(alias).append(".slot = ?");
            parameters.add(slot.name());
        });
        switch (query.kind()) {
            case UI -> filters.append(" AND ").append(alias).append(".listed_ui");
            case CODE -> filters.append(" AND NOT ").append(alias).append(".listed_ui");
            case ALL -> { }
        }
        return filters.toString();
    }

    static String sortKeyOf(CatalogQuery query) {
        return switch (query.sort()) {
            case DOWNLOADS -> "download_count";
            case NAME -> "name_key";
            case UPDATED -> "updated_at";
        };
    }

    /** The SQL order of a page: the sort key (column {@code key}), then the id. */
    static String orderOf(CatalogQuery query, String key, String id) {
        return switch (query.sort()) {
            case DOWNLOADS, UPDATED -> key + " DESC, " + id;
            case NAME -> key + ", " + id;
        };
    }

    /**
     * A page whose rows also carry the total; a page past the end has no row to carry it, so the
     * total is then counted on its own.
     */
    private static Page<String> pageWithTotal(Connection connection, String sql, String countSql,
            List<Object> parameters, CatalogQuery query) throws SQLException {
        List<String> ids = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = Statements.prepared(connection, sql, withLimitAndOffset(parameters, query));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                total = rows.getLong(2);
            }
        }
        if (ids.isEmpty() && query.offset() > 0) {
            total = Statements.number(connection, countSql, parameters, 0);
        }
        return new Page<>(ids, total);
    }

    private static List<String> pageOf(Connection connection, String sql, List<Object> parameters, CatalogQuery query)
            throws SQLException {
        return Statements.texts(connection, sql, withLimitAndOffset(parameters, query));
    }

    /** The parameters of a statement that ends in {@code LIMIT ? OFFSET ?}. */
    private static List<Object> withLimitAndOffset(List<Object> parameters, CatalogQuery query) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(query.size());
        all.add(query.offset());
        return all;
    }
}
