package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RUNTIME.md "Sandbox" with {@code plugbay.runtime.require-enforcement=true}, on the packaged
 * configuration and the real runtime: a plugin whose main is not run by Node withholds file-read,
 * file-write and exec unenforced, so its activation answers 409 and leaves {@code error}, and an
 * install that would run its onInstall answers 409 and installs nothing.
 */
class RequiredEnforcementOverHttpTest {

    private static final String MESSAGE = "Plugin 'shell-plugin' withholds permissions this machine cannot enforce: "
            + "exec, file-read, file-write (plugbay.runtime.require-enforcement is on)";

    @TempDir
    Path home;

    @TempDir
    Path sources;

    private Path shellPlugin(String hooks) throws IOException {
        Path folder = Files.createDirectories(sources.resolve("shell-plugin-" + Math.abs(hooks.hashCode())));
        Files.writeString(folder.resolve("plugin.json"), """
                {"id": "shell-plugin", "version": "1.0.0", "author": "plugbay", "main": "plugin.sh", "hooks": %s}""".formatted(hooks));
        Path main = Files.writeString(folder.resolve("plugin.sh"), "#!/bin/sh\necho '{\"type\":\"ready\",\"hooks\":[]}'\ncat\n");
        Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    @Test
    void activationIsRefusedWith409AndLeavesErrorAnInstallRunningOnInstallInstallsNothing() throws IOException {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.runtime.require-enforcement", true))) {
            HostOperator operator = new HostOperator(server);

            JsonValue refusedInstall = operator.install(shellPlugin("{\"onInstall\": true}"), 409);
            assertEquals("ENFORCEMENT_UNAVAILABLE", text(refusedInstall, "error"));
            assertEquals(MESSAGE, text(refusedInstall, "message"));
            assertEquals(List.of(), elements(member(operator.call(HttpRequest.GET("/api/plugins"), 200), "plugins")));
            assertEquals(List.of(), HostOperator.rootEntries(home));

            JsonValue installed = operator.install(shellPlugin("{\"onRequest\": true}"), 201);
            assertEquals("[\"exec\",\"file-read\",\"file-write\"]", member(member(installed, "plugin"), "unenforced").toJson());
            JsonValue refused = operator.call(HttpRequest.POST("/api/plugins/shell-plugin/activate", ""), 409);

            assertEquals("ENFORCEMENT_UNAVAILABLE", text(refused, "error"));
            assertEquals(MESSAGE, text(refused, "message"));
            JsonValue detail = operator.detail("shell-plugin");
            assertEquals("error", text(detail, "status"));
            assertEquals(MESSAGE, text(detail, "errorMessage"));
            assertEquals("stopped", text(member(detail, "runtime"), "state"));
        }
    }
}
