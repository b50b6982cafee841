package dev.plugbay.adapters.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.adapters.persistence.catalog.JdbcCatalog;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.TransactionalUnitOfWork;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, as several Plugbay servers share a PostgreSQL catalog: each
 * keeps search results by catalog revision, and a change committed by one is seen by the other's
 * next search. Runs on PostgreSQL and on one H2 in-memory database opened by both.
 */
abstract class SharedCatalogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final CatalogQuery EVERYTHING = new CatalogQuery(new Username("visitor"), Optional.empty(),
            Optional.empty(), Optional.empty(), CatalogSort.DOWNLOADS, 1, 50);

    private final TestDatabase database = database();
    private final ApplicationContext reader = ApplicationContext.run(database.properties());
    private final ApplicationContext writer = ApplicationContext.run(database.properties());

    abstract TestDatabase database();

    @AfterEach
    void stop() {
        reader.close();
        writer.close();
        database.drop();
    }

    @Test
    void aRepeatedSearchAtTheSameRevisionIsServedFromWhatWasKept() {
        catalogOf(writer).insert(plugin("clock"));

        Page<Plugin> first = catalogOf(reader).search(EVERYTHING);

        assertSame(first, catalogOf(reader).search(EVERYTHING));
    }

    @Test
    void aDownloadCountedByAnotherInstanceShowsInTheNextSearch() {
        catalogOf(writer).insert(plugin("clock"));
        assertEquals(List.of(0L), downloads(catalogOf(reader).search(EVERYTHING)));

        catalogOf(writer).increment(new PluginId("clock"));

        assertEquals(List.of(1L), downloads(catalogOf(reader).search(EVERYTHING)));
    }

    @Test
    void pluginsAddedAndDeletedByAnotherInstanceShowInTheNextSearch() {
        catalogOf(writer).insert(plugin("clock"));
        assertEquals(1, catalogOf(reader).search(EVERYTHING).total());

        catalogOf(writer).insert(plugin("weather"));
        assertEquals(2, catalogOf(reader).search(EVERYTHING).total());

        catalogOf(writer).delete(new PluginId("clock"));
        assertEquals(List.of("weather"), ids(catalogOf(reader).search(EVERYTHING)));
    }

    @Test
    void aNewReleasePublishedByAnotherInstanceShowsInTheNextSearch() {
        Plugin plugin = plugin("clock");
        catalogOf(writer).insert(plugin);
        catalogOf(reader).search(EVERYTHING);

        catalogOf(writer).update(plugin.publish(manifest("clock", "1.1.0"), Set.of(plugin.latestVersion()), CLOCK));

        assertEquals("1.1.0", catalogOf(reader).search(EVERYTHING).items().get(0).latestVersion().toString());
    }

    @Test
    void aRolledBackChangeLeavesWhatWasKeptInService() {
        catalogOf(writer).insert(plugin("clock"));
        Page<Plugin> kept = catalogOf(reader).search(EVERYTHING);

        assertThrows(IllegalStateException.class, () -> writer.getBean(TransactionalUnitOfWork.class).transactionally(() -> {
            catalogOf(writer).increment(new PluginId("clock"));
            throw new IllegalStateException("the use case fails after counting");
        }));

        assertSame(kept, catalogOf(reader).search(EVERYTHING));
        assertEquals(List.of(0L), downloads(catalogOf(reader).search(EVERYTHING)));
    }

    private static JdbcCatalog catalogOf(ApplicationContext instance) {
        return instance.getBean(JdbcCatalog.class);
    }

    private static Plugin plugin(String id) {
        return Plugin.create(manifest(id, "1.0.0"), false, 0, Set.of(), CLOCK);
    }

    private static Manifest manifest(String id, String version) {
        return Manifests.reader().read(Manifests.uiPlugin(id, version).with("author", new JsonString("alice")),
                ManifestOrigin.document()).manifest();
    }

    private static List<Long> downloads(Page<Plugin> page) {
        return page.items().stream().map(Plugin::downloadCount).toList();
    }

    private static List<String> ids(Page<Plugin> page) {
        return page.items().stream().map(plugin -> plugin.id().value()).toList();
    }
}
