package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.catalog.search.SearchCounts.Face;
import dev.plugbay.adapters.persistence.catalog.search.SearchWords.IndexedWord;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.Tag;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the search index up to date as the catalog is written: each plugin's words and tags, with a
 * copy of the plugin columns a search filters and orders by, and the maintained counts
 * ({@link SearchCounts}). {@link CatalogSearch} reads it.
 */
@Singleton
public class SearchIndex {

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
    public void index(String pluginId, Manifest listed) {
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
    public void unindex(String pluginId) {
        transactions.withConnection(connection -> {
            if (!Jdbc.texts(connection, "SELECT id FROM plugin WHERE id = ? FOR UPDATE", List.of(pluginId)).isEmpty()) {
                counts.replace(removed(connection, pluginId), Face.NONE);
            }
            return null;
        });
    }

    /** Adds one download to the copy of a plugin's count that its words carry. */
    public void countDownload(String pluginId) {
        transactions.withConnection(connection -> {
            Jdbc.execute(connection,
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
        Set<String> tags = Set.copyOf(Jdbc.texts(connection, "SELECT tag FROM plugin_tag WHERE plugin_id = ?",
                List.of(pluginId)));
        Jdbc.execute(connection, "DELETE FROM plugin_tag WHERE plugin_id = ?", pluginId);
        Jdbc.execute(connection, "DELETE FROM search_term WHERE plugin_id = ?", pluginId);
        return words.isEmpty() ? Face.NONE : new Face(listedPublic, slot, words, tags);
    }
}
