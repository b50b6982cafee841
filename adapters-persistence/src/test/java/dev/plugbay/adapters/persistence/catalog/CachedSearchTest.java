package dev.plugbay.adapters.persistence.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.persistence.installation.JdbcInstallations;
import dev.plugbay.adapters.persistence.ledger.JdbcReleaseLedger;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.TransactionalUnitOfWork;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.contracts.memory.InMemoryRegistry;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.catalog.InstalledPlugins;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.catalog.PluginKind;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search result cache answers every query exactly as the database does: each query is asked
 * twice of an adapter that keeps results (the second answer comes from the cache) and once of an
 * adapter on the same database that keeps none, after each install, uninstall and toggle, so a
 * change that did not advance the catalog revision would be served stale and fail here.
 */
abstract class CachedSearchTest {

    private static final Username BOB = new Username("bob");
    private static final int PLUGINS = 12;

    private TestDatabase database;
    private ApplicationContext cached;
    private ApplicationContext uncached;
    private InstallationService installations;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void twoAdaptersOnOneCatalog() {
        database = newDatabase();
        cached = ApplicationContext.run(database.properties());
        Map<String, Object> noCache = new HashMap<>(database.properties());
        noCache.put("plugbay.catalog.search-cache-size", 0);
        uncached = ApplicationContext.run(noCache);
        JdbcCatalog catalog = cached.getBean(JdbcCatalog.class);
        JdbcInstallations stored = cached.getBean(JdbcInstallations.class);
        TransactionalUnitOfWork unitOfWork = cached.getBean(TransactionalUnitOfWork.class);
        Clock clock = Clock.systemUTC();
        AuthoringService authoring = new AuthoringService(catalog, catalog, cached.getBean(JdbcReleaseLedger.class),
                stored, new InMemoryRegistry(), unitOfWork, Manifests.reader(), clock);
        for (int i = 0; i < PLUGINS; i++) {
            authoring.create(Caller.user("alice"), Manifests.uiPlugin(idOf(i), "1.0.0"));
        }
        installations = new InstallationService(catalog, stored, catalog, unitOfWork, clock);
    }

    @AfterEach
    void stop() {
        uncached.close();
        cached.close();
        database.drop();
    }

    @Test
    void everyPageMatchesTheUncachedQueryThroughInstallsAndUninstalls() {
        assertAllPagesMatch();
        assertEquals(PLUGINS, excludingTotal());

        install(3);
        install(7);
        assertAllPagesMatch();
        assertEquals(PLUGINS - 2, excludingTotal());

        installations.toggle(Caller.user("bob"), new PluginId(idOf(3)), false);
        assertAllPagesMatch();

        installations.uninstall(Caller.user("bob"), new PluginId(idOf(3)));
        assertAllPagesMatch();
        assertEquals(PLUGINS - 1, excludingTotal());

        installations.uninstall(Caller.user("bob"), new PluginId(idOf(7)));
        install(3);
        assertAllPagesMatch();
        assertEquals(PLUGINS - 1, excludingTotal());
        assertEquals(List.of(idOf(0), idOf(1), idOf(2), idOf(4), idOf(5)), ids(cachedSearch(query(
                InstalledPlugins.EXCLUDE, CatalogSort.NAME, 1))));
    }

    private void install(int plugin) {
        installations.install(new InstallCommand(Caller.user("bob"), new PluginId(idOf(plugin)), Optional.empty()));
    }

    private long excludingTotal() {
        return cachedSearch(query(InstalledPlugins.EXCLUDE, CatalogSort.NAME, 1)).total();
    }

    private void assertAllPagesMatch() {
        for (InstalledPlugins installed : InstalledPlugins.values()) {
            for (CatalogSort sort : CatalogSort.values()) {
                for (int page = 1; page <= 3; page++) {
                    CatalogQuery query = query(installed, sort, page);
                    Page<Plugin> expected = uncached.getBean(JdbcCatalog.class).search(query);
                    cachedSearch(query);
                    Page<Plugin> kept = cachedSearch(query);
                    assertEquals(ids(expected), ids(kept), query.toString());
                    assertEquals(expected.total(), kept.total(), query.toString());
                }
            }
        }
    }

    private Page<Plugin> cachedSearch(CatalogQuery query) {
        return cached.getBean(JdbcCatalog.class).search(query);
    }

    private static CatalogQuery query(InstalledPlugins installed, CatalogSort sort, int page) {
        return new CatalogQuery(BOB, Optional.empty(), Optional.empty(), Optional.empty(), sort, page, 5,
                Optional.of(BOB), installed, PluginKind.UI);
    }

    private static List<String> ids(Page<Plugin> page) {
        List<String> ids = new ArrayList<>();
        page.items().forEach(plugin -> ids.add(plugin.id().value()));
        return ids;
    }

    private static String idOf(int i) {
        return "plugin-%02d".formatted(i);
    }
}
