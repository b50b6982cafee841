package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.domain.error.EnforcementUnavailableException;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.PluginId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RUNTIME.md "Sandbox", {@code plugbay.runtime.require-enforcement}: a start with anything
 * unenforced is refused; activation leaves {@code error}, an install that would run onInstall installs nothing.
 */
class RequiredEnforcementTest {

    private static final PluginId SCRIPT = new PluginId("shell-script");

    private final HostHarness host = new HostHarness();

    @BeforeEach
    void enforce() {
        host.processes.unenforced(Set.of(Permission.FILE_READ, Permission.EXEC));
        host.processes.requireEnforcement(true);
        host.processes.script(SCRIPT, PluginScript.ready(EnumSet.allOf(Hook.class)));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private String folder(String hooks, String extra) {
        return host.folder("""
                {"id": "shell-script", "version": "1.0.0", "author": "plugbay", "main": "index.mjs", "hooks": %s %s}"""
                .formatted(hooks, extra));
    }

    @Test
    void activationIsRefusedNamingThePermissionsAndLeavesError() {
        host.services.installer().install(folder("{\"onRequest\": true}", ""));

        EnforcementUnavailableException refused = assertThrows(EnforcementUnavailableException.class,
                () -> host.services.lifecycle().activate(SCRIPT));

        String message = "Plugin 'shell-script' withholds permissions this machine cannot enforce: exec, file-read"
                + " (plugbay.runtime.require-enforcement is on)";
        assertEquals(message, refused.getMessage());
        assertEquals("error", host.plugins.find(SCRIPT).orElseThrow().state().name());
        assertEquals(Optional.of(message), host.plugins.find(SCRIPT).orElseThrow().errorMessage());
        assertEquals(List.of(), host.hooksDelivered(SCRIPT));
    }

    @Test
    void anInstallThatWouldRunOnInstallIsRefusedAndInstallsNothing() {
        assertThrows(EnforcementUnavailableException.class,
                () -> host.services.installer().install(folder("{\"onInstall\": true}", "")));
        assertThrows(EnforcementUnavailableException.class,
                () -> host.services.installer().install(folder("{\"onRequest\": true}", ", \"enabledByDefault\": true")));

        assertEquals(Optional.empty(), host.plugins.find(SCRIPT));
        assertEquals(Set.of(), host.store.rootEntries());
        assertEquals(List.of(), host.hooksDelivered(SCRIPT));
    }

    @Test
    void aPluginHoldingWhatCannotBeEnforcedStarts() {
        host.services.installer().install(folder("{\"onInstall\": true, \"onActivate\": true}",
                ", \"permissions\": [\"file-read\", \"exec\"]"));

        assertEquals("active", host.services.lifecycle().activate(SCRIPT).plugin().state().name());
        assertEquals(List.of(Hook.ON_INSTALL, Hook.ON_ACTIVATE), host.hooksDelivered(SCRIPT));
    }
}
