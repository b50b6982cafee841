package dev.plugbay.contracts.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.persistence.PersistenceContract;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.installation.LifecycleState;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Username;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@code Installations}. */
public abstract class InstallationsContract extends PersistenceContract {

    private Plugin clock;
    private Plugin weather;

    @BeforeEach
    void catalogWithTwoPlugins() {
        ports.catalogWrites().insert(newPlugin("clock", "1.0.0", "author"));
        ports.catalogWrites().insert(newPlugin("weather", "1.0.0", "author"));
        clock = stored("clock");
        weather = stored("weather");
    }

    @Test
    void anInstallationReadsBackEqualInEveryState() {
        Installation failed = new Installation(new Username("alice"), clock.id(), clock.latestVersion(),
                new LifecycleState.Failed("onActivate threw: boom"),
                new ConfigValues(Map.of("city", new JsonString("Oslo"), "retries", JsonNumber.of(3))), at(1), at(2));
        ports.installations().insert(failed);

        assertEquals(failed, ports.installations().find(new Username("alice"), clock.id()).orElseThrow());
        assertEquals(failed, ports.installations().find(new Username("ALICE"), clock.id()).orElseThrow());
    }

    @Test
    void oneInstallationPerOwnerAndPlugin() {
        ports.installations().insert(installation("alice", clock));

        assertCode(ErrorCode.ALREADY_INSTALLED, () -> ports.installations().insert(installation("Alice", clock)));
        ports.installations().insert(installation("bob", clock));
        ports.installations().insert(installation("alice", weather));
    }

    @Test
    void parallelInsertsOfOneInstallationHaveExactlyOneWinner() throws Exception {
        int winners = succeededInParallel(50, i -> {
            try {
                ports.installations().insert(installation("alice", clock));
                return true;
            } catch (DomainException e) {
                assertEquals(ErrorCode.ALREADY_INSTALLED, e.code());
                return false;
            }
        });

        assertEquals(1, winners);
    }

    @Test
    void updateStoresTheNewState() {
        Installation installed = installation("alice", clock);
        ports.installations().insert(installed);
        Installation active = installed.activate(Clock.fixed(at(3), ZoneOffset.UTC));

        ports.installations().update(active);

        assertEquals(active, ports.installations().find(new Username("alice"), clock.id()).orElseThrow());
    }

    @Test
    void listByOwnerIsNewestFirstAndOnlyTheOwners() {
        ports.installations().insert(withInstalledAt(installation("alice", clock), 1));
        ports.installations().insert(withInstalledAt(installation("alice", weather), 2));
        ports.installations().insert(withInstalledAt(installation("bob", clock), 3));

        assertEquals(List.of("weather", "clock"), ports.installations().listByOwner(new Username("Alice")).stream()
                .map(installation -> installation.pluginId().value()).toList());
    }

    @Test
    void deleteRemovesOnlyTheOwnersAndSaysWhetherThereWasOne() {
        ports.installations().insert(installation("alice", clock));
        ports.installations().insert(installation("bob", clock));

        assertTrue(ports.installations().delete(new Username("alice"), clock.id()));
        assertFalse(ports.installations().delete(new Username("alice"), clock.id()));
        assertTrue(ports.installations().find(new Username("bob"), clock.id()).isPresent());
    }

    @Test
    void deleteAllOfRemovesEveryOwnersInstallationOfThatPlugin() {
        ports.installations().insert(installation("alice", clock));
        ports.installations().insert(installation("bob", clock));
        ports.installations().insert(installation("bob", weather));

        ports.installations().deleteAllOf(new PluginId("clock"));

        assertTrue(ports.installations().find(new Username("alice"), clock.id()).isEmpty());
        assertTrue(ports.installations().find(new Username("bob"), clock.id()).isEmpty());
        assertTrue(ports.installations().find(new Username("bob"), weather.id()).isPresent());
    }

    private static Installation withInstalledAt(Installation installation, long minutes) {
        return new Installation(installation.owner(), installation.pluginId(), installation.installedVersion(),
                installation.state(), installation.config(), at(minutes), at(minutes));
    }
}
