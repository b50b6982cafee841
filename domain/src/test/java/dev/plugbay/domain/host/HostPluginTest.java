package dev.plugbay.domain.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidConfigException;
import dev.plugbay.domain.error.VersionConflictException;
import dev.plugbay.domain.installation.LifecycleState;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.testing.DomainFixtures;
import dev.plugbay.domain.testing.JsonText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The host plugin's lifecycle, the hooks each step delivers, config and upgrades (HOST.md "Lifecycle", "Upgrade", "Config"). */
class HostPluginTest {

    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final String EVERY_LIFECYCLE_HOOK =
            "{\"onRequest\": true, \"onInstall\": true, \"onActivate\": true, \"onDeactivate\": true, \"onUninstall\": true}";
    private static final String SCHEMA = """
            {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"},
             "maxBodyLength": {"type": "number", "min": 1, "default": 500},
             "prefix": {"type": "string"}}""";

    private static Manifest manifest(String version, String hooks, String schema) {
        return DomainFixtures.read("""
                {"id": "request-logger", "version": "%s", "author": "someone", "main": "index.js",
                 "hooks": %s, "configSchema": %s}""".formatted(version, hooks, schema), ManifestOrigin.document());
    }

    private static HostPlugin installed(String hooks) {
        return HostPlugin.install(UUID.randomUUID(), manifest("1.0.0", hooks, SCHEMA), PluginSource.LOCAL,
                Optional.empty(), T0).plugin();
    }

    private static List<Hook> hooks(List<HookDelivery> deliveries) {
        return deliveries.stream().map(HookDelivery::hook).toList();
    }

    @Test
    void aFirstInstallIsInstalledAndDeliversOnInstallWithNoPreviousVersion() {
        Transition install = HostPlugin.install(UUID.randomUUID(), manifest("1.0.0", EVERY_LIFECYCLE_HOOK, SCHEMA),
                PluginSource.LOCAL, Optional.empty(), T0);

        assertEquals("installed", install.plugin().state().name());
        assertEquals(List.of(Hook.ON_INSTALL), hooks(install.hooks()));
        JsonObject payload = install.plugin().payload(install.hooks().get(0));
        assertEquals(JsonText.object("""
                {"logLevel": "info", "maxBodyLength": 500}"""), payload.get("config").orElseThrow());
        assertEquals("null", payload.get("previousVersion").orElseThrow().toJson());
        assertEquals("\"request-logger\"", payload.get("name").orElseThrow().toJson());
        assertEquals("\"1.0.0\"", payload.get("version").orElseThrow().toJson());
        assertTrue(payload.has("manifest"));
    }

    @Test
    void onlyDeclaredHooksAreDelivered() {
        HostPlugin plugin = installed("{\"onRequest\": true}");

        assertEquals(List.of(), plugin.activate(ActivationReason.ACTIVATE, T1).hooks());
        assertEquals(List.of(), plugin.uninstallHooks());
    }

    @Test
    void activationDeliversOnActivateWithItsReasonAndStampsActivatedAt() {
        Transition activation = installed(EVERY_LIFECYCLE_HOOK).activate(ActivationReason.ACTIVATE, T1);

        assertTrue(activation.plugin().state().isActive());
        assertEquals(Optional.of(T1), activation.plugin().activatedAt());
        assertEquals(List.of(Hook.ON_ACTIVATE), hooks(activation.hooks()));
        assertEquals("\"activate\"", activation.plugin().payload(activation.hooks().get(0)).get("reason").orElseThrow().toJson());
    }

    @Test
    void activatingAnActivePluginChangesNothing() {
        HostPlugin active = installed(EVERY_LIFECYCLE_HOOK).activate(ActivationReason.ACTIVATE, T0).plugin();

        Transition again = active.activate(ActivationReason.ACTIVATE, T1);

        assertSame(active, again.plugin());
        assertEquals(List.of(), again.hooks());
    }

    @Test
    void aRestartOfAnActivePluginDeliversOnActivateRestart() {
        HostPlugin active = installed(EVERY_LIFECYCLE_HOOK).activate(ActivationReason.ACTIVATE, T0).plugin();

        Transition restart = active.activate(ActivationReason.RESTART, T1);

        assertEquals(List.of(Hook.ON_ACTIVATE), hooks(restart.hooks()));
        assertEquals("\"restart\"", restart.plugin().payload(restart.hooks().get(0)).get("reason").orElseThrow().toJson());
        assertEquals(Optional.of(T0), restart.plugin().activatedAt(), "activatedAt is the operator's last activation");
    }

    @Test
    void deactivationDeliversOnDeactivateOnlyToAnActivePlugin() {
        HostPlugin plugin = installed(EVERY_LIFECYCLE_HOOK);
        HostPlugin active = plugin.activate(ActivationReason.ACTIVATE, T0).plugin();

        Transition fromActive = active.deactivate(DeactivationReason.DEACTIVATE, T1);
        Transition fromInstalled = plugin.deactivate(DeactivationReason.DEACTIVATE, T1);
        Transition fromError = plugin.fail("boom", T1).deactivate(DeactivationReason.DEACTIVATE, T1);
        Transition fromInactive = fromActive.plugin().deactivate(DeactivationReason.DEACTIVATE, T1);

        assertEquals(List.of(Hook.ON_DEACTIVATE), hooks(fromActive.hooks()));
        assertEquals("inactive", fromActive.plugin().state().name());
        assertEquals(List.of(), fromInstalled.hooks());
        assertEquals("inactive", fromInstalled.plugin().state().name());
        assertEquals("inactive", fromError.plugin().state().name());
        assertSame(fromActive.plugin(), fromInactive.plugin(), "already inactive: unchanged");
    }

    @Test
    void uninstallOfAnActivePluginDeliversOnDeactivateThenOnUninstallElseOnUninstallAlone() {
        HostPlugin plugin = installed(EVERY_LIFECYCLE_HOOK);
        HostPlugin active = plugin.activate(ActivationReason.ACTIVATE, T0).plugin();

        assertEquals(List.of(Hook.ON_DEACTIVATE, Hook.ON_UNINSTALL), hooks(active.uninstallHooks()));
        assertEquals("\"uninstall\"", active.payload(active.uninstallHooks().get(0)).get("reason").orElseThrow().toJson());
        assertEquals(List.of(Hook.ON_UNINSTALL), hooks(plugin.uninstallHooks()));
    }

    @Test
    void failingFromAnyStateIsErrorWithTheMessageAndReinstatingMakesItInactive() {
        HostPlugin active = installed(EVERY_LIFECYCLE_HOOK).activate(ActivationReason.ACTIVATE, T0).plugin();

        HostPlugin failed = active.fail("Plugin folder is missing", T1);

        assertEquals("error", failed.state().name());
        assertEquals(Optional.of("Plugin folder is missing"), failed.errorMessage());
        assertEquals("inactive", failed.reinstate(T1).state().name());
        assertSame(active, active.reinstate(T1));
        assertEquals(Optional.empty(), active.errorMessage());
    }

    @Test
    void configIsValidatedByTheSchemaAndPatchRemovesNullKeys() {
        HostPlugin plugin = installed(EVERY_LIFECYCLE_HOOK);

        HostPlugin put = plugin.replaceConfig(JsonText.object("{\"logLevel\": \"debug\", \"prefix\": \"x\"}"), T1);
        HostPlugin patched = put.mergeConfig(JsonText.object("{\"prefix\": null, \"maxBodyLength\": 9}"), T1);

        assertEquals(JsonText.object("{\"logLevel\": \"debug\", \"maxBodyLength\": 9}"), patched.config().toJson());
        assertEquals(JsonText.object("{\"logLevel\": \"debug\", \"maxBodyLength\": 9}"), patched.effectiveConfig());
        InvalidConfigException refused = assertThrows(InvalidConfigException.class,
                () -> plugin.mergeConfig(JsonText.object("{\"logLevel\": \"loud\", \"nope\": 1}"), T1));
        assertEquals(ErrorCode.INVALID_CONFIG, refused.code());
        assertEquals(2, refused.violations().size());
    }

    @Test
    void anUpgradeKeepsValidConfigAndWarnsForEachDroppedKey() {
        HostPlugin plugin = installed(EVERY_LIFECYCLE_HOOK)
                .replaceConfig(JsonText.object("{\"logLevel\": \"debug\", \"prefix\": \"x\"}"), T0);
        Manifest newer = manifest("1.1.0", EVERY_LIFECYCLE_HOOK, """
                {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"}}""");

        HostUpgrade upgrade = plugin.upgradeTo(newer, Optional.empty(), PluginSource.LOCAL, T1);

        assertEquals(JsonText.object("{\"logLevel\": \"debug\"}"), upgrade.upgraded().config().toJson());
        assertEquals(1, upgrade.warnings().size());
        assertTrue(upgrade.warnings().get(0).startsWith("config 'prefix' dropped: "), upgrade.warnings().get(0));
        assertEquals(plugin.id(), upgrade.upgraded().id());
        assertEquals("installed", upgrade.upgraded().state().name());
        assertEquals(List.of(), upgrade.toOldProcess());
        assertEquals(List.of(Hook.ON_INSTALL), hooks(upgrade.toNewProcess()));
        assertEquals("\"1.0.0\"", upgrade.upgraded().payload(upgrade.toNewProcess().get(0)).get("previousVersion")
                .orElseThrow().toJson());
    }

    @Test
    void anActivePluginStaysActiveAcrossAnUpgradeWithTheUpgradeHooks() {
        HostPlugin active = installed(EVERY_LIFECYCLE_HOOK).activate(ActivationReason.ACTIVATE, T0).plugin();

        HostUpgrade upgrade = active.upgradeTo(manifest("2.0.0", EVERY_LIFECYCLE_HOOK, SCHEMA), Optional.empty(),
                PluginSource.LOCAL, T1);

        assertTrue(upgrade.upgraded().state().isActive());
        assertEquals(List.of(Hook.ON_DEACTIVATE), hooks(upgrade.toOldProcess()));
        assertEquals("\"upgrade\"", active.payload(upgrade.toOldProcess().get(0)).get("reason").orElseThrow().toJson());
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_ACTIVATE), hooks(upgrade.toNewProcess()));
    }

    @Test
    void anUpgradeTurnsErrorIntoInactive() {
        HostPlugin failed = installed(EVERY_LIFECYCLE_HOOK).fail("boom", T0);

        HostUpgrade upgrade = failed.upgradeTo(manifest("1.0.1", EVERY_LIFECYCLE_HOOK, SCHEMA), Optional.empty(),
                PluginSource.LOCAL, T1);

        assertEquals(new LifecycleState.Inactive(), upgrade.upgraded().state());
    }

    @Test
    void theSameOrAnOlderVersionIsAVersionConflictWithHostPolicysMessage() {
        HostPlugin plugin = installed(EVERY_LIFECYCLE_HOOK);

        VersionConflictException same = assertThrows(VersionConflictException.class, () -> plugin.upgradeTo(
                manifest("1.0.0+build.7", EVERY_LIFECYCLE_HOOK, SCHEMA), Optional.empty(), PluginSource.LOCAL, T1));
        assertThrows(VersionConflictException.class, () -> plugin.upgradeTo(
                manifest("0.9.0", EVERY_LIFECYCLE_HOOK, SCHEMA), Optional.empty(), PluginSource.LOCAL, T1));
        assertEquals("Plugin 'request-logger' is installed at 1.0.0; 1.0.0+build.7 is not newer", same.getMessage());
    }
}
