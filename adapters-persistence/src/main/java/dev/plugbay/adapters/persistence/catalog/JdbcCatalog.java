package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.adapters.persistence.catalog.search.CatalogSearch;
import dev.plugbay.adapters.persistence.catalog.search.JdbcCatalogRevision;
import dev.plugbay.adapters.persistence.catalog.search.SearchIndex;
import dev.plugbay.adapters.persistence.catalog.search.SearchResultCache;
import dev.plugbay.adapters.persistence.lenient.LenientReadLog;
import dev.plugbay.adapters.persistence.transaction.SqlFailures;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.DownloadCounter;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.error.AlreadyExistsException;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.StoredManifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.user.Username;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog in the database: plugin rows, their releases and the search index. A plugin whose
 * stored rows cannot make a plugin (no readable release, or an invariant they break) is left out
 * of every answer and reported once, so that one bad row never fails a list for everyone.
 */
@Singleton
public class JdbcCatalog implements CatalogReads, CatalogWrites, DownloadCounter {

    private final PluginRepository plugins;
    private final ReleaseRepository releases;
    private final StoredReleases storedReleases;
    private final SearchIndex searchIndex;
    private final CatalogSearch search;
    private final SearchResultCache searchResults;
    private final JdbcCatalogRevision revision;
    private final Transactions transactions;
    private final LenientReadLog lenientReads;

    JdbcCatalog(PluginRepository plugins, ReleaseRepository releases, StoredReleases storedReleases,
            SearchIndex searchIndex, CatalogSearch search, CatalogCacheSettings cacheSettings,
            JdbcCatalogRevision revision, Transactions transactions, LenientReadLog lenientReads,
            @Nullable MeterRegistry meters) {
        this.plugins = plugins;
        this.releases = releases;
        this.storedReleases = storedReleases;
        this.searchIndex = searchIndex;
        this.search = search;
        this.searchResults = new SearchResultCache(transactions, revision, cacheSettings.searchCacheSize(), meters);
        this.revision = revision;
        this.transactions = transactions;
        this.lenientReads = lenientReads;
    }

    @Override
    public Optional<Plugin> find(PluginId id) {
        return transactions.read(() -> plugins.findById(id.value()).flatMap(row -> rebuilt(List.of(row)).stream().findFirst()));
    }

    @Override
    public Map<PluginId, Plugin> findAll(Collection<PluginId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return transactions.read(() -> rebuilt(plugins.findByIdIn(ids.stream().map(PluginId::value).toList()))
                .stream().collect(Collectors.toMap(Plugin::id, plugin -> plugin)));
    }

    @Override
    public Page<Plugin> search(CatalogQuery query) {
        return searchResults.get(query, () -> {
            Page<String> ids = search.search(query);
            Map<String, PluginRow> rows = plugins.findByIdIn(ids.items()).stream()
                    .collect(Collectors.toMap(PluginRow::id, row -> row));
            List<PluginRow> ordered = ids.items().stream().map(rows::get).toList();
            return new Page<>(rebuilt(ordered), ids.total());
        });
    }

    @Override
    public List<Plugin> findOfficial() {
        return transactions.read(() -> rebuilt(plugins.findByOfficialOrderById(true)));
    }

    /** Whether the catalog holds no plugin at all, whoever may see it. */
    public boolean isEmpty() {
        return !plugins.existsByIdIsNotNull();
    }

    @Override
    public void insert(Plugin plugin) {
        transactions.write(() -> {
            try {
                plugins.save(rowOf(plugin));
            } catch (DataAccessException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw new AlreadyExistsException("A plugin with the id " + plugin.id() + " already exists");
                }
                throw failure;
            }
            releases.saveAll(plugin.releases().stream().map(release -> releaseRow(plugin.id(), release)).toList());
            searchIndex.index(plugin.id().value(), plugin.current());
            revision.changed();
            return null;
        });
    }

    @Override
    public void update(Plugin plugin) {
        transactions.write(() -> {
            PluginRow row = rowOf(plugin);
            int updated = plugins.updateAtRevision(row.id(), plugin.revision(), row.official(), row.updatedAt(),
                    row.listedVersion(), row.name(), row.nameKey(), row.slot(), row.listedPublic(), row.listedUi());
            if (updated == 0) {
                throw new VersionConflictException("Plugin " + plugin.id() + " was changed concurrently; read it again");
            }
            Set<String> stored = releases.findByKeyPluginIdIn(List.of(row.id())).stream()
                    .map(release -> release.key().version()).collect(Collectors.toSet());
            releases.saveAll(plugin.releases().stream()
                    .filter(release -> !stored.contains(versionKey(release)))
                    .map(release -> releaseRow(plugin.id(), release)).toList());
            searchIndex.index(row.id(), plugin.current());
            revision.changed();
            return null;
        });
    }

    @Override
    public boolean delete(PluginId id) {
        return transactions.write(() -> {
            searchIndex.unindex(id.value());
            boolean deleted = plugins.deleteById(id.value()) > 0;
            if (deleted) {
                revision.changed();
            }
            return deleted;
        });
    }

    @Override
    public void increment(PluginId id) {
        transactions.write(() -> {
            plugins.incrementDownloads(id.value());
            searchIndex.countDownload(id.value());
            revision.changed();
            return null;
        });
    }

    private List<Plugin> rebuilt(List<PluginRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Release>> releasesByPlugin = storedReleases.ofPlugins(rows.stream().map(PluginRow::id).toList());
        List<Plugin> rebuilt = new ArrayList<>();
        for (PluginRow row : rows) {
            List<Release> releases = releasesByPlugin.getOrDefault(row.id(), List.of());
            if (releases.isEmpty()) {
                lenientReads.report("plugin " + row.id(), "is left out: none of its releases can be read");
                continue;
            }
            try {
                rebuilt.add(Plugin.rebuild(new PluginId(row.id()), new Username(row.author()), row.official(), releases,
                        row.downloadCount(), row.createdAt(), row.revision()));
            } catch (DomainException | IllegalArgumentException broken) {
                lenientReads.report("plugin " + row.id(), "is left out: " + broken.getMessage());
            }
        }
        return rebuilt;
    }

    private static PluginRow rowOf(Plugin plugin) {
        Manifest listed = plugin.current();
        return new PluginRow(plugin.id().value(), plugin.author().value(), plugin.author().canonical(),
                plugin.isOfficial(), plugin.downloadCount(), plugin.createdAt(), plugin.updatedAt(), plugin.revision(),
                plugin.latestVersion().toString(), listed.name(), listed.name().toLowerCase(Locale.ROOT),
                listed.slot().map(Slot::name).orElse(null), listed.isPublic(), listed.isUiPlugin());
    }

    private static ReleaseRow releaseRow(PluginId id, Release release) {
        return new ReleaseRow(new ReleaseKey(id.value(), versionKey(release)), StoredManifests.toText(release.manifest()),
                release.publishedAt());
    }

    private static String versionKey(Release release) {
        return release.version().withoutBuild().toString();
    }
}
