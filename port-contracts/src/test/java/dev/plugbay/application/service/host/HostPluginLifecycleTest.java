package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.InstallOutcome;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HOST.md "Local install", "Upgrade", "Lifecycle", "Config" on the in-memory ports: the hooks each step delivers, with config. */
class HostPluginLifecycleTest {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final String EVERY_HOOK = """
            {"onRequest": true, "onInstall": true, "onActivate": true, "onDeactivate": true, "onUninstall": true}""";
    private static final String SCHEMA = """
            {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"},
             "maxBodyLength": {"type": "number", "min": 0, "default": 500},
             "prefix": {"type": "string"}}""";
    private static final String SMALLER_SCHEMA = """
            {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"},
             "maxBodyLength": {"type": "number", "min": 0, "default": 500}}""";

    private final HostHarness host = new HostHarness();

    @AfterEach
    void stop() {
        host.close();
    }

    private InstallOutcome install(String version, String schema) {
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class)));
        return host.services.installer().install(host.folder(HostHarness.manifest("request-logger", version, EVERY_HOOK, schema)));
    }

    private JsonValue lastPayload(Hook hook) {
        return host.processes.calls(LOGGER).stream().filter(call -> call.hook() == hook)
                .reduce((first, second) -> second).orElseThrow().payload();
    }

    private static JsonValue member(JsonValue object, String name) {
        return ((JsonObject) object).get(name).orElseThrow();
    }

    @Test
    void aFolderInstallsWithOnInstallToAShortLivedProcessWithItsConfig() {
        InstallOutcome outcome = install("1.0.0", SCHEMA);

        assertEquals("installed", outcome.plugin().plugin().state().name());
        assertEquals(Optional.empty(), outcome.upgradedFrom());
        assertEquals(List.of(Hook.ON_INSTALL), host.hooksDelivered(LOGGER));
        assertEquals(JsonNull.INSTANCE, member(lastPayload(Hook.ON_INSTALL), "previousVersion"));
        assertEquals(JsonText.object("{\"logLevel\": \"info\", \"maxBodyLength\": 500}"),
                member(lastPayload(Hook.ON_INSTALL), "config"));
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
        assertEquals("plugins/request-logger", outcome.plugin().pluginDir());
        assertEquals("stopped", outcome.plugin().runtime().state());
    }

    @Test
    void activateDeliversOnActivateAndAgainLeavesTheSameProcess() {
        install("1.0.0", SCHEMA);

        HostPluginView active = host.services.lifecycle().activate(LOGGER);
        HostPluginView again = host.services.lifecycle().activate(LOGGER);

        assertTrue(active.plugin().state().isActive());
        assertEquals("running", active.runtime().state());
        assertEquals(active.runtime().pid(), again.runtime().pid());
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_ACTIVATE), host.hooksDelivered(LOGGER));
        assertEquals("\"activate\"", member(lastPayload(Hook.ON_ACTIVATE), "reason").toJson());
    }

    @Test
    void deactivateDeliversOnDeactivateWithTheCurrentConfigAndStopsTheProcess() {
        install("1.0.0", SCHEMA);
        long pid = host.services.lifecycle().activate(LOGGER).runtime().pid().orElseThrow();

        host.services.lifecycle().mergeConfig(LOGGER, JsonText.object("{\"logLevel\": \"debug\"}"));
        HostPluginView inactive = host.services.lifecycle().deactivate(LOGGER);

        assertEquals("inactive", inactive.plugin().state().name());
        assertEquals("stopped", inactive.runtime().state());
        assertFalse(host.processes.running(pid));
        assertEquals("\"debug\"", member(member(lastPayload(Hook.ON_DEACTIVATE), "config"), "logLevel").toJson());
        assertEquals("inactive", host.services.lifecycle().deactivate(LOGGER).plugin().state().name(), "already inactive");
    }

    @Test
    void invalidConfigStoresNothing() {
        install("1.0.0", SCHEMA);

        DomainException refused = assertThrows(DomainException.class,
                () -> host.services.lifecycle().mergeConfig(LOGGER, JsonText.object("{\"logLevel\": \"loud\", \"x\": 1}")));

        assertEquals(ErrorCode.INVALID_CONFIG, refused.code());
        assertEquals(2, refused.violations().size());
        assertEquals(JsonText.object("{}"), host.services.queries().get(LOGGER).plugin().config().toJson());
    }

    @Test
    void anUpgradeOfAnActivePluginKeepsConfigDropsOneKeyWithAWarningAndRunsTheNewVersion() {
        install("1.0.0", SCHEMA);
        long oldPid = host.services.lifecycle().activate(LOGGER).runtime().pid().orElseThrow();
        host.services.lifecycle().replaceConfig(LOGGER, JsonText.object("{\"logLevel\": \"debug\", \"prefix\": \">\"}"));

        InstallOutcome upgrade = install("1.1.0", SMALLER_SCHEMA);

        assertEquals(Optional.of("1.0.0"), upgrade.upgradedFrom().map(Object::toString));
        assertEquals(List.of("config 'prefix' dropped: Unknown config key: prefix"), upgrade.warnings());
        assertEquals(JsonText.object("{\"logLevel\": \"debug\"}"), upgrade.plugin().plugin().config().toJson());
        assertTrue(upgrade.plugin().plugin().state().isActive());
        assertNotEquals(oldPid, upgrade.plugin().runtime().pid().orElseThrow());
        assertFalse(host.processes.running(oldPid));
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_ACTIVATE, Hook.ON_DEACTIVATE, Hook.ON_INSTALL, Hook.ON_ACTIVATE),
                host.hooksDelivered(LOGGER));
        assertEquals("\"1.0.0\"", member(lastPayload(Hook.ON_INSTALL), "previousVersion").toJson());
        assertEquals("\"upgrade\"", member(lastPayload(Hook.ON_ACTIVATE), "reason").toJson());
        assertEquals("\"upgrade\"", member(lastPayload(Hook.ON_DEACTIVATE), "reason").toJson());
    }

    @Test
    void theSameVersionAgainIsAVersionConflictAndTouchesNothing() {
        install("1.0.0", SCHEMA);

        DomainException refused = assertThrows(DomainException.class, () -> install("1.0.0", SCHEMA));

        assertEquals(ErrorCode.VERSION_CONFLICT, refused.code());
        assertEquals("Plugin 'request-logger' is installed at 1.0.0; 1.0.0 is not newer", refused.getMessage());
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
    }

    @Test
    void parallelInstallsOfOneNewFolderAreSerializedOneWinsTheOthersAreVersionConflicts() throws Exception {
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class)));
        String folder = host.folder(HostHarness.manifest("request-logger", "1.0.0", EVERY_HOOK, SCHEMA));
        ExecutorService callers = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                outcomes.add(callers.submit(() -> {
                    try {
                        host.services.installer().install(folder);
                        return "installed";
                    } catch (DomainException refused) {
                        return refused.code().name();
                    }
                }));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, Collections.frequency(answers, "installed"), answers.toString());
            assertEquals(9, Collections.frequency(answers, "VERSION_CONFLICT"), answers.toString());
        } finally {
            callers.shutdownNow();
        }
        assertEquals(Set.of("request-logger"), host.store.rootEntries());
    }

    @Test
    void uninstallingAnActivePluginDeliversOnDeactivateThenOnUninstallAndRemovesEverything() {
        install("1.0.0", SCHEMA);
        long pid = host.services.lifecycle().activate(LOGGER).runtime().pid().orElseThrow();

        List<String> warnings = host.services.lifecycle().uninstall(LOGGER);

        assertEquals(List.of(), warnings);
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_ACTIVATE, Hook.ON_DEACTIVATE, Hook.ON_UNINSTALL), host.hooksDelivered(LOGGER));
        assertEquals("\"uninstall\"", member(lastPayload(Hook.ON_DEACTIVATE), "reason").toJson());
        assertFalse(host.processes.running(pid));
        assertEquals(Set.of(), host.store.rootEntries());
        assertEquals(List.of(), host.plugins.all());
        assertEquals(List.of(), host.logs.last(LOGGER, 500));
    }

    @Test
    void uninstallingAnInactivePluginSendsOnUninstallToAShortLivedProcessAndHookFailuresAreWarnings() {
        install("1.0.0", SCHEMA);
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class))
                .reacting((hook, payload) -> Reaction.fail("cleanup failed")));

        List<String> warnings = host.services.lifecycle().uninstall(LOGGER);

        assertEquals(List.of("onUninstall failed: cleanup failed"), warnings);
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_UNINSTALL), host.hooksDelivered(LOGGER));
        assertEquals(Set.of(), host.store.rootEntries());
    }

    @Test
    void aStartThatTimesOutOrExitsLeavesErrorWithTheMessage() {
        install("1.0.0", SCHEMA);
        host.processes.script(LOGGER, PluginScript.neverReady());

        DomainException timeout = assertThrows(DomainException.class, () -> host.services.lifecycle().activate(LOGGER));
        assertEquals(ErrorCode.PLUGIN_TIMEOUT, timeout.code());
        assertEquals(Optional.of(timeout.getMessage()), host.services.queries().get(LOGGER).plugin().errorMessage());

        host.processes.script(LOGGER, PluginScript.exitsBeforeReady(1));
        DomainException exited = assertThrows(DomainException.class, () -> host.services.lifecycle().activate(LOGGER));
        assertEquals(ErrorCode.PLUGIN_ERROR, exited.code());
        assertEquals("Plugin 'request-logger' exited with code 1 before it was ready; see its logs", exited.getMessage());
        assertEquals("error", host.services.queries().get(LOGGER).plugin().state().name());
    }

    @Test
    void anOnActivateErrorFailsTheStartAndStopsTheProcess() {
        install("1.0.0", SCHEMA);
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class))
                .reacting((hook, payload) -> hook == Hook.ON_ACTIVATE ? Reaction.fail("no database") : Reaction.answer(JsonNull.INSTANCE)));

        DomainException refused = assertThrows(DomainException.class, () -> host.services.lifecycle().activate(LOGGER));

        assertEquals(ErrorCode.PLUGIN_ERROR, refused.code());
        assertEquals("Plugin 'request-logger' failed onActivate: no database", refused.getMessage());
        assertEquals(Optional.empty(), host.processes.runningProcess(LOGGER));
    }

    @Test
    void enabledByDefaultDeliversOnInstallThenOnActivateToTheNewProcess() {
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class)));
        String manifest = HostHarness.manifest("request-logger", "1.0.0", EVERY_HOOK, SCHEMA)
                .replace("\"author\"", "\"enabledByDefault\": true, \"author\"");

        InstallOutcome outcome = host.services.installer().install(host.folder(manifest));

        assertTrue(outcome.plugin().plugin().state().isActive());
        assertEquals("running", outcome.plugin().runtime().state());
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_ACTIVATE), host.hooksDelivered(LOGGER));
    }

    @Test
    void aPluginWithoutHooksIsActiveWithoutAProcess() {
        PluginId theme = new PluginId("theme-only");
        host.services.installer().install(host.folder(HostHarness.manifest("theme-only", "1.0.0", "{}", "{}")));

        HostPluginView active = host.services.lifecycle().activate(theme);

        assertTrue(active.plugin().state().isActive());
        assertEquals("stopped", active.runtime().state());
        assertEquals(List.of(), host.processes.calls(theme));
    }

    @Test
    void missingHooksAreShownAndNotCalled() {
        install("1.0.0", SCHEMA);
        host.processes.script(LOGGER, PluginScript.ready(Set.of(Hook.ON_REQUEST)));

        HostPluginView active = host.services.lifecycle().activate(LOGGER);

        assertEquals(EnumSet.of(Hook.ON_ACTIVATE, Hook.ON_DEACTIVATE, Hook.ON_INSTALL, Hook.ON_UNINSTALL),
                EnumSet.copyOf(active.runtime().missingHooks()));
        assertEquals(List.of(Hook.ON_INSTALL), host.hooksDelivered(LOGGER));
    }

    @Test
    void anUnknownPluginIsNotFoundEverywhere() {
        PluginId ghost = new PluginId("ghost");
        for (Runnable call : List.<Runnable>of(() -> host.services.lifecycle().activate(ghost),
                () -> host.services.lifecycle().deactivate(ghost), () -> host.services.lifecycle().uninstall(ghost),
                () -> host.services.lifecycle().mergeConfig(ghost, JsonObject.EMPTY),
                () -> host.services.queries().get(ghost), () -> host.services.queries().logs(ghost, 10))) {
            assertEquals(ErrorCode.PLUGIN_NOT_FOUND, assertThrows(DomainException.class, call::run).code());
        }
    }

    @Test
    void refusedFoldersLeaveTheRootAsItWas() {
        install("1.0.0", SCHEMA);
        Map<String, ErrorCode> refusals = Map.of(
                "relative/path", ErrorCode.INVALID_REQUEST,
                "/p/../q", ErrorCode.INVALID_REQUEST,
                "/nonexistent", ErrorCode.INVALID_REQUEST,
                host.store.insideHome().value(), ErrorCode.INVALID_REQUEST,
                host.store.source(Map.of("index.mjs", "")).value(), ErrorCode.INVALID_MANIFEST,
                host.store.source(Map.of("plugin.json", "{\"id\": \"scan\", \"version\": \"1.0.0\", \"author\": \"a\"}"))
                        .value(), ErrorCode.INVALID_MANIFEST,
                host.store.source(Map.of("plugin.json", HostHarness.manifest("other", "1.0.0", EVERY_HOOK, "{}")))
                        .value(), ErrorCode.INVALID_MANIFEST,
                host.store.source(Map.of("plugin.json", HostHarness.manifest("other", "1.0.0", EVERY_HOOK, "{}")
                        .replace("\"author\"", "\"integrity\": \"sha256-NasUtKe1l8TLPFaM3fOe4HxVfN1+GfLri4NGfq/XBgk=\", \"author\""),
                        "index.mjs", "module.exports = {};")).value(), ErrorCode.INTEGRITY_MISMATCH);
        refusals.forEach((path, code) -> {
            DomainException refused = assertThrows(DomainException.class, () -> host.services.installer().install(path));
            assertEquals(code, refused.code(), path + ": " + refused.getMessage());
            assertEquals(Set.of("request-logger"), host.store.rootEntries(), path);
        });
    }
}
