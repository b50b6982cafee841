package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host plugin manager on the packaged configuration, with real plugin processes (Node.js and
 * Python), over HTTP: OmniRoute's example plugin shapes installed from folders, activated, given
 * their config, and their output read back from the logs route.
 */
class HostPluginsEndToEndTest {

    @TempDir
    Path home;

    @TempDir
    Path sources;

    @Test
    void installActivateConfigureUpgradeDeactivateUninstallLeavesThePluginsRootEmpty() {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(server);

            JsonValue installed = operator.install(HostOperator.fixture("request-logger-1.0.0", sources), 201);
            assertEquals("installed", text(member(installed, "plugin"), "status"));
            assertEquals(List.of(), elements(member(installed, "warnings")));
            operator.awaitLog("request-logger", "stderr: [request-logger 1.0.0] installed (previous: null) "
                    + "config={\"logLevel\":\"info\",\"includeBody\":false,\"maxBodyLength\":500}");

            JsonValue activated = operator.activate("request-logger");
            assertEquals("active", text(member(activated, "plugin"), "status"));
            long firstPid = operator.pid("request-logger");
            assertTrue(ProcessHandle.of(firstPid).isPresent(), "the plugin runs as a process of this machine");
            operator.awaitLog("request-logger", "stderr: [request-logger 1.0.0] activate logLevel=info "
                    + "config={\"logLevel\":\"info\",\"includeBody\":false,\"maxBodyLength\":500}");

            JsonValue patched = operator.call(HttpRequest.PATCH("/api/plugins/request-logger/config",
                    "{\"config\": {\"logLevel\": \"debug\", \"maxBodyLength\": 40}}").contentType(MediaType.APPLICATION_JSON_TYPE), 200);
            assertEquals("{\"logLevel\":\"debug\",\"maxBodyLength\":40}", member(patched, "config").toJson());

            JsonValue upgraded = operator.install(HostOperator.fixture("request-logger-1.1.0", sources), 200);
            assertEquals("1.0.0", text(upgraded, "upgradedFrom"));
            assertEquals(1, elements(member(upgraded, "warnings")).size(), upgraded.toJson());
            assertTrue(((JsonString) elements(member(upgraded, "warnings")).get(0)).value().startsWith("config 'maxBodyLength' dropped: "),
                    upgraded.toJson());
            JsonValue detail = operator.detail("request-logger");
            assertEquals("1.1.0", text(detail, "version"));
            assertEquals("active", text(detail, "status"));
            assertEquals("{\"logLevel\":\"debug\"}", member(detail, "config").toJson());
            long secondPid = operator.pid("request-logger");
            assertNotEquals(firstPid, secondPid);
            operator.awaitLog("request-logger", "stderr: [request-logger 1.0.0] deactivated (upgrade)");
            operator.awaitLog("request-logger", "stderr: [request-logger 1.1.0] upgrade logLevel=debug "
                    + "config={\"logLevel\":\"debug\",\"includeBody\":false}");

            JsonValue deactivated = operator.call(HttpRequest.POST("/api/plugins/request-logger/deactivate", ""), 200);
            assertEquals("inactive", text(member(deactivated, "plugin"), "status"));
            assertFalse(ProcessHandle.of(secondPid).map(ProcessHandle::isAlive).orElse(false), "no process left behind");

            JsonValue uninstalled = operator.call(HttpRequest.DELETE("/api/plugins/request-logger"), 200);
            assertEquals("Plugin 'request-logger' uninstalled", text(uninstalled, "message"));
            assertEquals(List.of(), HostOperator.rootEntries(home));
            assertFalse(Files.exists(home.resolve("plugin-data/request-logger")));
            operator.call(HttpRequest.GET("/api/plugins/request-logger"), 404);
        }
    }

    @Test
    void omniRoutesExampleShapesAndAPythonPluginReceiveTheirHooksWithConfig() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "Skipped: needs /usr/bin/python3");
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(server);
            for (String fixture : List.of("theme-manager", "welcome-banner", "python-greeter")) {
                operator.install(HostOperator.fixture(fixture, sources), 201);
                operator.activate(fixture);
                assertEquals("running", text(member(operator.detail(fixture), "runtime"), "state"));
            }
            operator.call(HttpRequest.PUT("/api/plugins/python-greeter/config", "{\"config\": {\"greeting\": \"Hej\"}}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE), 200);
            operator.call(HttpRequest.POST("/api/plugins/python-greeter/deactivate", ""), 200);
            operator.activate("python-greeter");

            operator.awaitLog("theme-manager", "stderr: [theme-manager] theme --color-primary: #6C5CE7;");
            operator.awaitLog("welcome-banner", "stderr: [welcome-banner] installed, banner \"Welcome to OmniRoute!\"");
            operator.awaitLog("welcome-banner", "stderr: [welcome-banner] active, enabled=true banner \"Welcome to OmniRoute!\"");
            operator.awaitLog("python-greeter", "stderr: [python-greeter] activate, greeting=Hello");
            operator.awaitLog("python-greeter", "stderr: [python-greeter] deactivated (deactivate)");
            operator.awaitLog("python-greeter", "stderr: [python-greeter] activate, greeting=Hej");
            List<JsonValue> active = elements(member(operator.call(HttpRequest.GET("/api/plugins?status=active"), 200), "plugins"));
            assertEquals(List.of("python-greeter", "theme-manager", "welcome-banner"),
                    active.stream().map(item -> text(item, "name")).toList());
        }
    }

    @Test
    void afterARestartActivePluginsRunAgainWithANewPidAndAVanishedFolderIsError() throws Exception {
        long loggerPid;
        try (PackagedServer first = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(first);
            operator.install(HostOperator.fixture("request-logger-1.0.0", sources), 201);
            operator.install(HostOperator.fixture("welcome-banner", sources), 201);
            operator.activate("request-logger");
            operator.activate("welcome-banner");
            loggerPid = operator.pid("request-logger");
        }
        assertFalse(ProcessHandle.of(loggerPid).map(ProcessHandle::isAlive).orElse(false), "stopped with Plugbay");
        try (Stream<Path> files = Files.walk(home.resolve("plugins/welcome-banner"))) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        try (PackagedServer second = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(second);
            JsonValue logger = operator.detail("request-logger");
            assertEquals("active", text(logger, "status"));
            assertEquals("running", text(member(logger, "runtime"), "state"));
            assertNotEquals(loggerPid, operator.pid("request-logger"));
            operator.awaitLog("request-logger", "stderr: [request-logger 1.0.0] restart logLevel=info "
                    + "config={\"logLevel\":\"info\",\"includeBody\":false,\"maxBodyLength\":500}");
            JsonValue banner = operator.detail("welcome-banner");
            assertEquals("error", text(banner, "status"));
            assertEquals("Plugin folder is missing", text(banner, "errorMessage"));
        }
    }
}
