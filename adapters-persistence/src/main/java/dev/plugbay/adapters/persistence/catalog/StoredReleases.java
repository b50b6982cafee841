package dev.plugbay.adapters.persistence.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plugbay.adapters.persistence.lenient.LenientReadLog;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.manifest.StoredManifest;
import dev.plugbay.domain.manifest.StoredManifests;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored releases of plugins, read with their manifests parsed at most once per instance.
 *
 * <p>A release is immutable and a (plugin id, version without build) pair is published at most
 * once, ever (the release ledger's primary key, shared by every instance on one database, and
 * kept after a plugin is deleted). So a manifest read from a committed row can be kept by that
 * key for the life of the process: no instance can store other content under it. Reads first
 * fetch the releases' keys and publication times, then the manifest text only of the keys not
 * held yet. What was read is kept only once the transaction it was read in commits: a unit of
 * work that published a release and then rolled back frees its version again, and its manifest
 * must not be remembered.
 *
 * <p>Manifests are read leniently ({@link StoredManifests#read}): a value that a rule added since
 * publication refuses is set aside, and a release that cannot be read at all is left out. Either
 * is reported to the operator once ({@link LenientReadLog}).
 */
@Singleton
public class StoredReleases {

    /** Keeps statements well under the bind-parameter limits of both databases. */
    private static final int IDS_PER_STATEMENT = 500;

    private final Transactions transactions;
    private final LenientReadLog lenientReads;
    private final Cache<ReleaseKey, StoredManifest> manifests;

    /** @param meters the application's meter registry, which reports the cache (none: the cache is not metered) */
    StoredReleases(Transactions transactions, LenientReadLog lenientReads, CatalogCacheSettings settings,
            @Nullable MeterRegistry meters) {
        this.transactions = transactions;
        this.lenientReads = lenientReads;
        this.manifests = Caffeine.newBuilder().maximumSize(settings.releaseCacheSize()).recordStats().build();
        if (meters != null) {
            CaffeineCacheMetrics.monitor(meters, manifests, "release-manifests");
        }
    }

    /** Each plugin's readable releases (in no particular order), for the plugins that have any. */
    Map<String, List<Release>> ofPlugins(Collection<String> pluginIds) {
        List<String> ids = List.copyOf(pluginIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return transactions.reading((connection, afterCommit) -> {
            Map<ReleaseKey, Instant> published = new LinkedHashMap<>();
            for (List<String> chunk : chunks(ids)) {
                published.putAll(publicationTimes(connection, chunk));
            }
            Map<ReleaseKey, StoredManifest> known = new HashMap<>(manifests.getAllPresent(published.keySet()));
            List<ReleaseKey> missing = published.keySet().stream().filter(key -> !known.containsKey(key)).toList();
            if (!missing.isEmpty()) {
                Map<ReleaseKey, StoredManifest> read = manifestsOf(connection, missing);
                known.putAll(read);
                afterCommit.accept(() -> manifests.putAll(read));
            }
            Map<String, List<Release>> byPlugin = new LinkedHashMap<>();
            // A release whose row went between the two statements (its plugin was deleted) is left out.
            published.forEach((key, at) -> {
                if (known.get(key) instanceof StoredManifest.Readable readable) {
                    byPlugin.computeIfAbsent(key.pluginId(), id -> new ArrayList<>()).add(new Release(readable.manifest(), at));
                }
            });
            return byPlugin;
        });
    }

    /** Forgets every kept manifest: only for a database emptied behind the adapter's back (tests). */
    public void forgetAll() {
        manifests.invalidateAll();
    }

    private static Map<ReleaseKey, Instant> publicationTimes(Connection connection, List<String> ids)
            throws SQLException {
        String sql = "SELECT plugin_id, version, published_at FROM plugin_release WHERE plugin_id IN ("
                + placeholders(ids.size(), "?") + ")";
        Map<ReleaseKey, Instant> published = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    published.put(new ReleaseKey(rows.getString(1), rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant());
                }
            }
        }
        return published;
    }

    private Map<ReleaseKey, StoredManifest> manifestsOf(Connection connection, List<ReleaseKey> keys)
            throws SQLException {
        Map<ReleaseKey, StoredManifest> read = new HashMap<>();
        for (List<ReleaseKey> chunk : chunks(keys)) {
            String sql = "SELECT plugin_id, version, manifest FROM plugin_release WHERE (plugin_id, version) IN ("
                    + placeholders(chunk.size(), "(?, ?)") + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(2 * i + 1, chunk.get(i).pluginId());
                    statement.setString(2 * i + 2, chunk.get(i).version());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ReleaseKey key = new ReleaseKey(rows.getString(1), rows.getString(2));
                        StoredManifest manifest = StoredManifests.read(rows.getString(3));
                        report(key, manifest);
                        read.put(key, manifest);
                    }
                }
            }
        }
        return read;
    }

    private void report(ReleaseKey key, StoredManifest manifest) {
        String row = "plugin_release " + key.pluginId() + " " + key.version();
        if (manifest instanceof StoredManifest.Unreadable unreadable) {
            lenientReads.report(row, "cannot be read and is left out of its plugin: " + unreadable.reason());
        } else if (manifest instanceof StoredManifest.Readable readable && !readable.setAside().isEmpty()) {
            lenientReads.report(row, "breaks rules added since it was published; read without those values: "
                    + readable.setAsideSummary());
        }
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += IDS_PER_STATEMENT) {
            chunks.add(items.subList(from, Math.min(from + IDS_PER_STATEMENT, items.size())));
        }
        return chunks;
    }

    private static String placeholders(int count, String one) {
        return String.join(", ", Collections.nCopies(count, one));
    }
}
