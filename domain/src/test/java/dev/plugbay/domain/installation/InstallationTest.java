package dev.plugbay.domain.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.testing.DomainFixtures;
import dev.plugbay.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InstallationTest {

    private static final Clock INSTALL_TIME = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
    private static final Username ALICE = new Username("alice");

    @Test
    void aNewInstallationIsInstalledWithTheReleaseVersionAndTimestamps() {
        Installation installation = Installation.install(ALICE, new PluginId("clock"), release("1.0.0", false), INSTALL_TIME);

        assertEquals("installed", installation.state().name());
        assertEquals("1.0.0", installation.installedVersion().toString());
        assertEquals(INSTALL_TIME.instant(), installation.installedAt());
        assertEquals(INSTALL_TIME.instant(), installation.updatedAt());
        assertEquals(ConfigValues.EMPTY, installation.config());
        assertTrue(installation.errorMessage().isEmpty());
    }

    @Test
    void aPluginEnabledByDefaultIsActiveAtOnce() {
        assertTrue(Installation.install(ALICE, new PluginId("clock"), release("1.0.0", true), INSTALL_TIME).isActive());
    }

    @Test
    void transitionsAreStampedWithTheClockAndANoOpChangesNothing() {
        Installation installed = Installation.install(ALICE, new PluginId("clock"), release("1.0.0", false), INSTALL_TIME);

        Installation active = installed.activate(LATER);

        assertEquals(LATER.instant(), active.updatedAt());
        assertEquals(INSTALL_TIME.instant(), active.installedAt());
        assertSame(active, active.activate(Clock.offset(LATER, Duration.ofHours(1))));
        assertTrue(active.deactivatesBeforeUninstall());
        assertFalse(active.deactivate(LATER).deactivatesBeforeUninstall());
    }

    /** The marketplace switch never refuses: set to where the installation already is, it returns it unchanged. */
    @ParameterizedTest
    @CsvSource({
            "installed, true, active, changed",
            "installed, false, inactive, changed",
            "active, true, active, unchanged",
            "active, false, inactive, changed",
            "inactive, true, active, changed",
            "inactive, false, inactive, unchanged",
            "error, true, active, changed",
            "error, false, inactive, changed"})
    void theSwitchMovesOnlyAnInstallationThatIsNotWhereItSays(String from, boolean active, String to, String change) {
        Installation before = new Installation(ALICE, new PluginId("clock"), release("1.0.0", false).version(),
                LifecycleState.fromName(from, "boom"), ConfigValues.EMPTY, INSTALL_TIME.instant(), INSTALL_TIME.instant());

        Installation after = before.switchedTo(active, LATER);

        assertEquals(to, after.state().name());
        assertEquals(change.equals("unchanged"), after.equals(before));
        assertEquals(change.equals("unchanged") ? INSTALL_TIME.instant() : LATER.instant(), after.updatedAt());
    }

    @Test
    void aFailedActivationRecordsItsMessage() {
        Installation failed = Installation.install(ALICE, new PluginId("clock"), release("1.0.0", false), INSTALL_TIME)
                .failActivation("onActivate threw: boom", LATER);

        assertEquals("error", failed.state().name());
        assertEquals("onActivate threw: boom", failed.errorMessage().orElseThrow());
    }

    @Test
    void anUpgradeKeepsStillValidConfigAndReportsTheRest() {
        Release v1 = DomainFixtures.release(DomainFixtures.codePlugin("clock", "1.0.0", """
                {"city": {"type": "string"}, "retries": {"type": "number", "max": 10}}"""), INSTALL_TIME);
        Release v2 = DomainFixtures.release(DomainFixtures.codePlugin("clock", "2.0.0", """
                {"city": {"type": "string"}, "retries": {"type": "number", "max": 3}}"""), LATER);
        Installation configured = Installation.install(ALICE, new PluginId("clock"), v1, INSTALL_TIME)
                .withConfig(new ConfigValues(Map.of("city", new JsonString("Oslo"), "retries", JsonNumber.of(5))), INSTALL_TIME);

        Installation.Upgrade upgrade = configured.upgradeTo(v2, UpgradePolicy.MARKETPLACE, LATER);

        assertEquals("2.0.0", upgrade.installation().installedVersion().toString());
        assertEquals(Map.of("city", new JsonString("Oslo")), upgrade.installation().config().values());
        assertEquals("retries", upgrade.config().dropped().get(0).field());
        assertEquals(LATER.instant(), upgrade.installation().updatedAt());
    }

    @ParameterizedTest
    @CsvSource({
        "MARKETPLACE, 1.0.0, ALREADY_INSTALLED, Plugin clock 1.0.0 is already installed",
        "MARKETPLACE, 1.0.0+build.7, ALREADY_INSTALLED, Plugin clock 1.0.0 is already installed",
        "MARKETPLACE, 0.9.0, VERSION_CONFLICT, Plugin clock 1.0.0 is installed; 0.9.0 is older",
        "MARKETPLACE, 1.0.0-rc.1, VERSION_CONFLICT, Plugin clock 1.0.0 is installed; 1.0.0-rc.1 is older",
        "HOST, 1.0.0, VERSION_CONFLICT, Plugin 'clock' is installed at 1.0.0; 1.0.0 is not newer",
        "HOST, 1.0.0+build.7, VERSION_CONFLICT, Plugin 'clock' is installed at 1.0.0; 1.0.0+build.7 is not newer",
        "HOST, 0.9.0, VERSION_CONFLICT, Plugin 'clock' is installed at 1.0.0; 0.9.0 is not newer"
    })
    void anUpgradeMustGoToANewerVersionAndEachOwnerRefusesTheRestItsWay(UpgradePolicy policy, String offered,
            ErrorCode code, String message) {
        Installation installed = Installation.install(ALICE, new PluginId("clock"), release("1.0.0", false), INSTALL_TIME);

        DomainException refused = assertThrows(DomainException.class,
                () -> installed.upgradeTo(release(offered, false), policy, LATER));

        assertEquals(code, refused.code());
        assertEquals(message, refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(UpgradePolicy.class)
    void aNewerReleaseIsAnUpgradeForEveryOwner(UpgradePolicy policy) {
        Installation installed = Installation.install(ALICE, new PluginId("clock"), release("1.0.0-rc.1", false), INSTALL_TIME);

        assertEquals("1.0.0", installed.upgradeTo(release("1.0.0", false), policy, LATER)
                .installation().installedVersion().toString());
    }

    @Test
    void ownershipIgnoresCase() {
        Installation installed = Installation.install(ALICE, new PluginId("clock"), release("1.0.0", false), INSTALL_TIME);

        assertTrue(installed.isOwnedBy(new Username("ALICE")));
        assertFalse(installed.isOwnedBy(new Username("bob")));
    }

    private static Release release(String version, boolean enabledByDefault) {
        return DomainFixtures.release(DomainFixtures.read("""
                {"id": "clock", "version": "%s", "author": "someone", "enabledByDefault": %s}"""
                .formatted(version, enabledByDefault), ManifestOrigin.document()), INSTALL_TIME);
    }
}
