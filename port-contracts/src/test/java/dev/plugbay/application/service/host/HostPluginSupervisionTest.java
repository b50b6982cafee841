package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.ScanReport;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HOST.md "Lifecycle" restart and "Scan", RUNTIME.md "Timeouts, crashes, restarts": what happens to
 * running plugins over time. Times are measured and checked within generous bounds; every wait polls
 * with a deadline.
 */
class HostPluginSupervisionTest {

    private static final PluginId LOGGER = new PluginId("request-logger");
    private static final PluginId BANNER = new PluginId("welcome-banner");
    private static final String HOOKS = "{\"onRequest\": true, \"onActivate\": true, \"onDeactivate\": true}";
    /** How much later than its schedule a restart may come on a loaded machine. */
    private static final Duration SLACK = Duration.ofSeconds(10);

    private final HostHarness host = new HostHarness();

    @AfterEach
    void stop() {
        host.close();
    }

    private long activate(PluginId name) {
        host.processes.script(name, PluginScript.ready(EnumSet.allOf(Hook.class)));
        host.services.installer().install(host.folder(HostHarness.manifest(name.value(), "1.0.0", HOOKS, "{}")));
        return host.services.lifecycle().activate(name).runtime().pid().orElseThrow();
    }

    private HostPluginView view(PluginId name) {
        return host.services.queries().get(name);
    }

    private boolean runningWithAnotherPid(PluginId name, long pid) {
        HostPluginView view = view(name);
        return view.runtime().pid().isPresent() && view.runtime().pid().getAsLong() != pid;
    }

    @Test
    void afterARestartActivePluginsRunAgainWithANewPidAndAVanishedFolderIsError() {
        long loggerPid = activate(LOGGER);
        activate(BANNER);
        host.store.vanish(BANNER);

        host.restart();

        HostPluginView logger = view(LOGGER);
        assertTrue(logger.plugin().state().isActive());
        assertEquals("running", logger.runtime().state());
        assertNotEquals(loggerPid, logger.runtime().pid().orElseThrow());
        assertEquals(List.of(Hook.ON_ACTIVATE, Hook.ON_DEACTIVATE, Hook.ON_ACTIVATE), host.hooksDelivered(LOGGER));
        assertEquals("\"shutdown\"", reason(LOGGER, 1));
        assertEquals("\"restart\"", reason(LOGGER, 2));
        HostPluginView banner = view(BANNER);
        assertEquals("error", banner.plugin().state().name());
        assertEquals(Optional.of("Plugin folder is missing"), banner.plugin().errorMessage());
        assertEquals(List.of(Hook.ON_ACTIVATE, Hook.ON_DEACTIVATE), host.hooksDelivered(BANNER));
    }

    private String reason(PluginId name, int call) {
        return ((JsonObject) host.processes.calls(name).get(call).payload()).get("reason").orElseThrow().toJson();
    }

    @Test
    void aCrashRestartsTheProcessAfterOneSecondThenTwoWithOnActivateRespawn() {
        long first = activate(LOGGER);

        Instant crashed = Instant.now();
        host.processes.crash(LOGGER, 3);
        HostHarness.await("restarting", SLACK, () -> view(LOGGER).runtime().state().equals("restarting"));
        assertTrue(view(LOGGER).runtime().nextStartAt().isPresent());
        assertTrue(view(LOGGER).plugin().state().isActive(), "the stored status stays active");
        HostHarness.await("a new process", SLACK, () -> runningWithAnotherPid(LOGGER, first));
        Duration firstDelay = Duration.between(crashed, Instant.now());
        long second = view(LOGGER).runtime().pid().orElseThrow();

        crashed = Instant.now();
        host.processes.crash(LOGGER, 3);
        HostHarness.await("another new process", SLACK, () -> runningWithAnotherPid(LOGGER, second));
        Duration secondDelay = Duration.between(crashed, Instant.now());

        assertBetween(Duration.ofSeconds(1), firstDelay);
        assertBetween(Duration.ofSeconds(2), secondDelay);
        assertEquals(2, view(LOGGER).runtime().restarts());
        assertEquals(List.of(Hook.ON_ACTIVATE, Hook.ON_ACTIVATE, Hook.ON_ACTIVATE), host.hooksDelivered(LOGGER));
        assertEquals("\"respawn\"", reason(LOGGER, 2));
        assertTrue(host.logs.last(LOGGER, 500).stream().anyMatch(entry -> entry.line().equals("restart scheduled in 2 s")));
    }

    private static void assertBetween(Duration scheduled, Duration measured) {
        assertTrue(measured.compareTo(scheduled.minusMillis(50)) >= 0, "not before " + scheduled + ": " + measured);
        assertTrue(measured.compareTo(scheduled.plus(SLACK)) <= 0, "not much after " + scheduled + ": " + measured);
    }

    @Test
    void aCallThatTimesOutKillsTheProcessWhichStartsAgain() {
        host.processes.script(LOGGER, PluginScript.ready(EnumSet.allOf(Hook.class))
                .reacting((hook, payload) -> hook == Hook.ON_DEACTIVATE ? Reaction.hang() : Reaction.answer(JsonNull.INSTANCE)));
        host.services.installer().install(host.folder(HostHarness.manifest("request-logger", "1.0.0", HOOKS, "{}")));
        long pid = host.services.lifecycle().activate(LOGGER).runtime().pid().orElseThrow();

        host.processes.runningProcess(LOGGER).orElseThrow().call(Hook.ON_DEACTIVATE, JsonObject.EMPTY);

        HostHarness.await("the hung process killed", SLACK, () -> !host.processes.running(pid));
        HostHarness.await("a new process", SLACK, () -> runningWithAnotherPid(LOGGER, pid));
    }

    @Test
    void fiveCrashesWithinFiveMinutesAreACrashLoopUntilTheNextActivation() {
        long pid = activate(LOGGER);
        for (int crash = 1; crash <= 5; crash++) {
            long current = pid;
            host.processes.crash(LOGGER, 7);
            if (crash < 5) {
                HostHarness.await("restart " + crash, Duration.ofSeconds(40), () -> runningWithAnotherPid(LOGGER, current));
                pid = view(LOGGER).runtime().pid().orElseThrow();
            }
        }
        HostHarness.await("error", SLACK, () -> view(LOGGER).plugin().state().name().equals("error"));

        assertEquals(Optional.of("Crash loop: 5 unexpected exits within 5 minutes (last: exited with code 7)"),
                view(LOGGER).plugin().errorMessage());
        assertEquals("stopped", view(LOGGER).runtime().state());
        assertTrue(host.services.lifecycle().activate(LOGGER).plugin().state().isActive());
        assertEquals(0, view(LOGGER).runtime().restarts());
    }

    @Test
    void deactivatingWhileARestartIsScheduledCancelsIt() {
        long pid = activate(LOGGER);
        host.processes.crash(LOGGER, 1);
        HostHarness.await("restarting", SLACK, () -> view(LOGGER).runtime().state().equals("restarting"));

        host.services.lifecycle().deactivate(LOGGER);

        assertEquals("stopped", view(LOGGER).runtime().state());
        assertEquals(Optional.empty(), host.processes.runningProcess(LOGGER));
        assertFalse(host.processes.running(pid));
    }

    @Test
    void scanRegistersValidUnknownFoldersReportsInvalidOnesAndMarksVanishedPlugins() {
        activate(LOGGER);
        host.store.plant("welcome-banner", Map.of("plugin.json", HostHarness.manifest("welcome-banner", "1.0.0", HOOKS, "{}"),
                "index.mjs", ""));
        host.store.plant("theme-manager", Map.of("index.mjs", ""));
        host.store.plant("cost-tracker", Map.of("plugin.json", HostHarness.manifest("rate-limiter", "1.0.0", HOOKS, "{}")));
        host.store.plant("rate-limiter", Map.of("plugin.json", HostHarness.manifest("rate-limiter", "1.0.0", HOOKS, "{}")));
        host.store.vanish(LOGGER);

        ScanReport report = host.services.scanner().scan();

        assertEquals(1, report.discovered());
        assertEquals(List.of("welcome-banner"), report.registered());
        assertEquals(List.of("request-logger"), report.missing());
        assertEquals(List.of(
                new ScanReport.ScanError("cost-tracker", "folder name 'cost-tracker' differs from plugin id 'rate-limiter'"),
                new ScanReport.ScanError("rate-limiter", "entry file not found: index.mjs"),
                new ScanReport.ScanError("theme-manager", "no plugin.json found")), report.errors());
        assertEquals("installed", view(BANNER).plugin().state().name());
        assertEquals("scan", view(BANNER).plugin().source().wireName());
        assertEquals(List.of(), host.hooksDelivered(BANNER), "scan runs no plugin code");
        assertEquals(Optional.of("Plugin folder is missing"), view(LOGGER).plugin().errorMessage());
        assertEquals("stopped", view(LOGGER).runtime().state());

        host.store.plant("request-logger", Map.of("plugin.json", HostHarness.manifest("request-logger", "1.0.0", HOOKS, "{}"),
                "index.mjs", ""));
        host.services.scanner().scan();
        assertEquals("inactive", view(LOGGER).plugin().state().name());
    }
}
