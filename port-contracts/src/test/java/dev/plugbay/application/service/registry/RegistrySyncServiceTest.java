package dev.plugbay.application.service.registry;

import static dev.plugbay.application.service.DomainFailures.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrySyncServiceTest {

    private final Marketplace market = new Marketplace();

    @BeforeEach
    void listTheFixtureRegistry() {
        JsonArray index = (JsonArray) JsonText.fixture("registry/repository_plugin.json").get("plugins").orElseThrow();
        for (JsonValue element : index.elements()) {
            JsonObject entry = (JsonObject) element;
            String id = ((JsonString) entry.get("id").orElseThrow()).value();
            market.registry.list(id, entry, JsonText.fixture("registry/plugins/" + id + ".json"));
        }
    }

    @Test
    void theFixtureRegistryIsMirroredAndTheBrokenEntrySkippedWithItsReason() {
        SyncReport report = market.sync.sync();

        assertEquals(4, report.added());
        assertEquals(0, report.updated());
        assertEquals(1, report.skipped().size());
        assertEquals("broken_version", report.skipped().get(0).id());
        assertTrue(report.skipped().get(0).error().contains("version"), report.skipped().get(0).error());
        assertEquals(null, plugin("broken_version"));
        Plugin clock = plugin("digital_clock");
        assertTrue(clock.isOfficial());
        assertEquals(41, clock.downloadCount());
    }

    @Test
    void theIndexSuppliesWhatAPluginFileLeavesOut() {
        market.sync.sync();

        Plugin whoAmI = plugin("who_am_i");
        assertEquals("1.0.0", whoAmI.latestVersion().toString());
        assertEquals("dashboard_top", whoAmI.current().slot().orElseThrow().name());
        assertEquals("2.0.0-beta.1", plugin("stock-alerts").latestVersion().toString());
    }

    @Test
    void anUnchangedRegistryChangesNothing() {
        market.sync.sync();

        SyncReport again = market.sync.sync();

        assertEquals(new SyncReport(0, 0, 0, again.skipped()), again);
        assertEquals(1, plugin("digital_clock").releases().size());
    }

    @Test
    void aNewerVersionBecomesANewReleaseAndAnUnlistedPluginStopsBeingOfficial() {
        market.sync.sync();
        JsonObject clockFile = JsonText.fixture("registry/plugins/digital_clock.json").with("version", new JsonString("1.3.0"));
        market.registry.list("digital_clock", JsonText.object("{\"id\": \"digital_clock\"}"), clockFile);
        market.registry.unlist("who_am_i");

        SyncReport report = market.sync.sync();

        assertEquals(1, report.updated());
        assertEquals(1, report.removed());
        assertEquals("1.3.0", plugin("digital_clock").latestVersion().toString());
        assertFalse(plugin("who_am_i").isOfficial());
    }

    @Test
    void anUnreadableRegistryFailsTheSyncAndKeepsTheLastGoodCatalog() {
        market.sync.sync();
        market.registry.setUnavailable(true);

        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, market.sync::sync);

        assertEquals(4, market.persistence.catalog().findOfficial().size());
    }

    @Test
    void aMissingPluginFileIsSkippedWithItsReason() {
        market.registry.listWithoutFile("ghost", JsonText.object("{\"id\": \"ghost\", \"version\": \"1.0.0\"}"));

        SyncReport report = market.sync.sync();

        assertTrue(report.skipped().stream().anyMatch(skipped -> skipped.id().equals("ghost")
                && skipped.error().contains("could not be read")));
    }

    @ParameterizedTest(name = "downloadCount {0} -> {1}")
    @CsvSource({"12, 12", "12.0, 12", "9007199254740992, 9007199254740992", "9007199254740993, 0",
        "9223372036854775808, 0", "1e1000, 0", "-1, 0", "2.5, 0", "'\"7\"', 0"})
    void anIndexCountIsTakenOnlyWhenItIsASafeWholeNumber(String count, long expected) {
        market.registry.list("counted", JsonText.object("{\"id\": \"counted\", \"version\": \"1.0.0\", \"slot\": \"dashboard_top\", \"downloadCount\": " + count + "}"),
                JsonText.fixture("registry/plugins/who_am_i.json").with("id", new JsonString("counted")));

        SyncReport report = market.sync.sync();

        assertTrue(report.skipped().stream().noneMatch(skipped -> skipped.id().equals("counted")), report.toString());
        assertEquals(expected, plugin("counted").downloadCount());
    }

    @Test
    void syncingWithoutARegistryIsABadRequest() {
        market.registry.unconfigure();

        assertCode(ErrorCode.INVALID_REQUEST, market.sync::sync);
    }

    private Plugin plugin(String id) {
        return market.persistence.catalog().find(new PluginId(id)).orElse(null);
    }
}
