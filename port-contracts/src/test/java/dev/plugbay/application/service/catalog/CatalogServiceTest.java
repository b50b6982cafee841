package dev.plugbay.application.service.catalog;

import static dev.plugbay.application.service.DomainFailures.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.catalog.CatalogEntry;
import dev.plugbay.application.port.in.catalog.CatalogPage;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

    private static final Caller ALICE = Caller.user("alice");
    private static final Caller BOB = Caller.user("bob");

    private final Marketplace market = new Marketplace();

    @Test
    void browsingShowsPublicPluginsAndTheCallersOwnPrivateOnes() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));
        market.authoring.create(ALICE, Manifests.privateUiPlugin("diary", "1.0.0"));
        market.authoring.create(BOB, Manifests.privateUiPlugin("notes", "1.0.0"));

        assertEquals(List.of("clock", "diary"), ids(browse(ALICE)));
        assertEquals(List.of("clock", "notes"), ids(browse(BOB)));
        assertEquals(2, browse(BOB).total());
    }

    @Test
    void entriesCarryTheCallersFlags() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));
        market.installations.install(new InstallCommand(BOB, new PluginId("clock"), Optional.empty()));

        CatalogEntry forAlice = browse(ALICE).entries().get(0);
        CatalogEntry forBob = browse(BOB).entries().get(0);

        assertTrue(forAlice.mine());
        assertFalse(forAlice.installed());
        assertFalse(forBob.mine());
        assertTrue(forBob.installed());
        assertTrue(market.catalog.get(Caller.user("ALICE"), new PluginId("clock")).mine());
    }

    @Test
    void pagesDoNotOverlapAndKnowTheirNeighbours() {
        for (int i = 0; i < 5; i++) {
            market.authoring.create(ALICE, Manifests.uiPlugin("p" + i, "1.0.0"));
        }

        CatalogPage first = market.catalog.browse(query(ALICE, CatalogSort.NAME, 1, 2));
        CatalogPage last = market.catalog.browse(query(ALICE, CatalogSort.NAME, 3, 2));

        assertEquals(List.of("p0", "p1"), ids(first));
        assertEquals(List.of("p4"), ids(last));
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        assertFalse(last.hasNext());
        assertTrue(last.hasPrevious());
    }

    @Test
    void anotherAuthorsPrivatePluginIsNotFound() {
        market.authoring.create(ALICE, Manifests.privateUiPlugin("diary", "1.0.0"));

        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> market.catalog.get(BOB, new PluginId("diary")));
        assertEquals("diary", market.catalog.get(ALICE, new PluginId("diary")).plugin().id().value());
    }

    private CatalogPage browse(Caller caller) {
        return market.catalog.browse(query(caller, CatalogSort.DOWNLOADS, 1, 50));
    }

    private static CatalogQuery query(Caller caller, CatalogSort sort, int page, int size) {
        return new CatalogQuery(caller.username(), Optional.empty(), Optional.empty(), Optional.empty(), sort, page, size);
    }

    private static List<String> ids(CatalogPage page) {
        return page.entries().stream().map(entry -> entry.plugin().id().value()).toList();
    }
}
