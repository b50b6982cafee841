package dev.plugbay.application.service.installation;

import static dev.plugbay.application.service.DomainFailures.assertCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.port.in.installation.InstallPluginUseCase.InstallOutcome;
import dev.plugbay.application.port.in.installation.InstalledPlugin;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.version.SemanticVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InstallationServiceTest {

    private static final Caller ALICE = Caller.user("alice");
    private static final Caller BOB = Caller.user("bob");
    private static final PluginId CLOCK = new PluginId("clock");

    private final Marketplace market = new Marketplace();

    @Test
    void installingTheLatestReleaseCountsOneDownload() {
        publish("clock", "1.0.0");

        InstallOutcome outcome = install(ALICE, "clock", null);

        assertFalse(outcome.upgraded());
        assertEquals("1.0.0", outcome.installed().installation().installedVersion().toString());
        assertEquals("active", outcome.installed().installation().state().name());
        assertEquals(1, outcome.installed().plugin().downloadCount());
        assertEquals(1, market.persistence.catalog().find(CLOCK).orElseThrow().downloadCount());
    }

    @Test
    void aMarketplaceInstallStartsActiveWhateverEnabledByDefaultSays() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0").with("enabledByDefault",
                JsonBoolean.TRUE));
        market.authoring.create(ALICE, Manifests.uiPlugin("dial", "1.0.0"));

        assertTrue(install(BOB, "clock", null).installed().installation().isActive());
        assertTrue(install(BOB, "dial", null).installed().installation().isActive());
    }

    @Test
    void anUpgradeOfAnInstallationToggledOffMakesItActiveAgain() {
        market.authoring.create(ALICE, Manifests.uiPlugin("dial", "1.0.0"));
        install(BOB, "dial", null);
        market.installations.toggle(BOB, new PluginId("dial"), false);
        market.authoring.update(ALICE, new PluginId("dial"), Manifests.uiPlugin("dial", "1.1.0"));

        InstallOutcome upgrade = install(BOB, "dial", "1.1.0");

        assertTrue(upgrade.upgraded());
        assertEquals("1.1.0", upgrade.installed().installation().installedVersion().toString());
        assertTrue(upgrade.installed().installation().isActive());
    }

    @Test
    void installingTwiceIsAlreadyInstalledAndCountsOnce() {
        publish("clock", "1.0.0");
        install(ALICE, "clock", null);

        assertCode(ErrorCode.ALREADY_INSTALLED, () -> install(ALICE, "clock", null));
        assertCode(ErrorCode.ALREADY_INSTALLED, () -> install(Caller.user("ALICE"), "clock", "1.0.0"));
        assertEquals(1, market.persistence.catalog().find(CLOCK).orElseThrow().downloadCount());
    }

    @Test
    void installingANewerVersionUpgradesWithoutCountingADownload() {
        publish("clock", "1.0.0");
        install(ALICE, "clock", null);
        update("clock", "1.1.0");

        InstallOutcome outcome = install(ALICE, "clock", "1.1.0");

        assertTrue(outcome.upgraded());
        assertEquals("1.1.0", outcome.installed().installation().installedVersion().toString());
        assertEquals(1, market.persistence.catalog().find(CLOCK).orElseThrow().downloadCount());
        assertCode(ErrorCode.VERSION_CONFLICT, () -> install(ALICE, "clock", "1.0.0"));
    }

    @Test
    void unknownPluginsAndVersionsAreNotFound() {
        publish("clock", "1.0.0");

        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> install(ALICE, "nope", null));
        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> install(ALICE, "clock", "2.0.0"));
    }

    @Test
    void anotherAuthorsPrivatePluginCannotBeInstalled() {
        market.authoring.create(ALICE, Manifests.privateUiPlugin("secret", "1.0.0"));

        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> install(BOB, "secret", null));
        assertEquals("1.0.0", install(ALICE, "secret", null).installed().installation().installedVersion().toString());
    }

    @Test
    void toggleActivatesAndDeactivatesAndRepeatingIsHarmless() {
        publish("clock", "1.0.0");
        install(ALICE, "clock", null);

        assertEquals("active", market.installations.toggle(ALICE, CLOCK, true).state().name());
        assertEquals("active", market.installations.toggle(ALICE, CLOCK, true).state().name());
        assertEquals("inactive", market.installations.toggle(ALICE, CLOCK, false).state().name());
        assertEquals("inactive", market.installations.toggle(ALICE, CLOCK, false).state().name());
    }

    @Test
    void togglingANeverActivatedInstallationOffMakesItInactive() {
        publish("clock", "1.0.0");
        install(ALICE, "clock", null);

        assertEquals("inactive", market.installations.toggle(ALICE, CLOCK, false).state().name());
    }

    @Test
    void anotherUsersInstallationCanBeNeitherToggledNorRemoved() {
        publish("clock", "1.0.0");
        install(ALICE, "clock", null);

        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> market.installations.toggle(BOB, CLOCK, true));
        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> market.installations.uninstall(BOB, CLOCK));
        assertTrue(market.installations.list(BOB).isEmpty());
        assertEquals("active", market.installations.list(ALICE).get(0).installation().state().name());
    }

    @Test
    void uninstallRemovesOnlyTheCallersInstallation() {
        publish("clock", "1.0.0");
        install(ALICE, "clock", null);
        install(BOB, "clock", null);

        market.installations.uninstall(ALICE, CLOCK);

        assertTrue(market.installations.list(ALICE).isEmpty());
        assertEquals(1, market.installations.list(BOB).size());
        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> market.installations.uninstall(ALICE, CLOCK));
    }

    @Test
    void theInstalledListIsNewestFirstAndShowsUpdates() {
        publish("clock", "1.0.0");
        publish("weather", "1.0.0");
        install(ALICE, "clock", null);
        market.clock.advance(Duration.ofMinutes(1));
        install(ALICE, "weather", null);
        update("clock", "1.1.0");

        List<InstalledPlugin> installed = market.installations.list(ALICE);

        assertEquals(List.of("weather", "clock"), installed.stream().map(i -> i.plugin().id().value()).toList());
        assertFalse(installed.get(0).hasUpdate());
        assertTrue(installed.get(1).hasUpdate());
        assertEquals("1.0.0", installed.get(1).installedRelease().version().toString());
    }

    @Test
    void parallelInstallsByDifferentUsersCountEveryDownloadExactly() throws Exception {
        publish("clock", "1.0.0");

        List<Boolean> results = inParallel(200, i -> {
            install(Caller.user("user" + i), "clock", null);
            return true;
        });

        assertEquals(200, results.size());
        assertEquals(200, market.persistence.catalog().find(CLOCK).orElseThrow().downloadCount());
    }

    @Test
    void parallelInstallsByOneUserSucceedOnce() throws Exception {
        publish("clock", "1.0.0");

        List<Boolean> results = inParallel(50, i -> {
            try {
                install(ALICE, "clock", null);
                return true;
            } catch (DomainException e) {
                assertEquals(ErrorCode.ALREADY_INSTALLED, e.code());
                return false;
            }
        });

        assertEquals(1, results.stream().filter(Boolean::booleanValue).count());
        assertEquals(1, market.persistence.catalog().find(CLOCK).orElseThrow().downloadCount());
    }

    private <T> List<T> inParallel(int count, Function<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> task.apply(index));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void publish(String id, String version) {
        market.authoring.create(Caller.user("author"), Manifests.uiPlugin(id, version));
    }

    private void update(String id, String version) {
        market.clock.advance(Duration.ofMinutes(1));
        market.authoring.update(Caller.user("author"), new PluginId(id), Manifests.uiPlugin(id, version));
    }

    private InstallOutcome install(Caller caller, String id, String version) {
        return market.installations.install(new InstallCommand(caller, new PluginId(id),
                Optional.ofNullable(version).map(SemanticVersion::parse)));
    }
}
