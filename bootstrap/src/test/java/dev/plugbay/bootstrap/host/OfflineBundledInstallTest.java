package dev.plugbay.bootstrap.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plugbay.adapters.rest.security.JwtSigningKey;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.Application;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: "A bundled plugin installs and runs with the network namespace of the test offline". The
 * packaged server runs in a JVM of its own inside a new network namespace with only loopback up
 * ({@code unshare --net}); every request reaches it over 127.0.0.1 from inside that namespace
 * ({@code nsenter --net} and curl). A seed plugin is installed through the marketplace route,
 * activated, and runs. Skipped only where this machine does not permit a new network namespace.
 */
class OfflineBundledInstallTest {

    private static final Duration START_WITHIN = Duration.ofMinutes(5);
    private static final int PORT = 18_616;

    @TempDir
    Path home;

    @Test
    void aSeedPluginInstallsActivatesAndRunsWithNoNetworkButLoopback() throws Exception {
        assumeTrue(namespacesPermitted(), "Skipped: this machine does not permit unshare --net (needs root or user namespaces)");
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        String token = new TokenIssuer(JwtSigningKey.fromSecret(secret, "the test's secret"), "plugbay")
                .issue("operator", List.of("ADMIN"), Instant.now(), Duration.ofHours(1));
        Path log = home.resolve("server.log");
        List<String> command = new ArrayList<>(List.of("unshare", "--net", "sh", "-c", "ip link set lo up && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dlogback.configurationFile=logback.xml", "-Dplugbay.home=" + home, "-Dplugbay.catalog.seed=false",
                "-Dplugbay.jwt.secret=" + secret, "-Dmicronaut.server.port=" + PORT,
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Namespace namespace = new Namespace(server.pid(), token, log);
            namespace.awaitHealthy(server);
            assertEquals(List.of("lo"), namespace.interfaces(), "only loopback in the server's namespace");
            assertEquals(6 /* curl: could not resolve host */, namespace.curlExit("https://raw.githubusercontent.com/"));

            Answer installed = namespace.call("POST", "/api/plugins/marketplace/request-logger/install");
            assertEquals(201, installed.status(), installed.body());
            JsonObject plugin = (JsonObject) member(installed.json(), "plugin");
            assertEquals("marketplace", text(plugin, "source"));
            assertEquals("true", member(installed.json(), "sha256Verified").toJson());

            Answer activated = namespace.call("POST", "/api/plugins/request-logger/activate");
            assertEquals(200, activated.status(), activated.body());
            JsonValue runtime = member(member(namespace.call("GET", "/api/plugins/request-logger").json(), "plugin"), "runtime");
            assertEquals("running", text(runtime, "state"));
            assertTrue(((JsonNumber) member(runtime, "pid")).value().longValueExact() > 0, runtime.toJson());
            namespace.awaitLogLine("ready, offering ");
        } finally {
            server.destroy();
            if (!server.waitFor(1, TimeUnit.MINUTES)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean namespacesPermitted() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("unshare", "--net", "ip", "link", "set", "lo", "up").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor() == 0;
    }

    private record Answer(int status, String body) {

        JsonValue json() {
            return JsonReader.parse(body);
        }
    }

    /** Commands run inside the server's network namespace. */
    private record Namespace(long pid, String token, Path log) {

        List<String> interfaces() throws IOException, InterruptedException {
            return run(List.of("ip", "-o", "link", "show")).output().lines()
                    .map(line -> line.split(":")[1].strip()).toList();
        }

        int curlExit(String url) throws IOException, InterruptedException {
            return run(List.of("curl", "-s", "-o", "/dev/null", "-m", "5", url)).exit();
        }

        Answer call(String method, String path) throws IOException, InterruptedException {
            Result result = run(List.of("curl", "-s", "-m", "60", "-X", method, "-H", "Authorization: Bearer " + token,
                    "-w", "\n%{http_code}", "http://127.0.0.1:" + PORT + path));
            String output = result.output();
            int cut = output.lastIndexOf('\n');
            return new Answer(Integer.parseInt(output.substring(cut + 1).strip()), output.substring(0, cut));
        }

        void awaitHealthy(Process server) throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(START_WITHIN);
            while (Instant.now().isBefore(deadline)) {
                if (!server.isAlive()) {
                    fail("the server ended with " + server.exitValue() + "; its log:\n" + Files.readString(log));
                }
                if (run(List.of("curl", "-s", "-o", "/dev/null", "-f", "-m", "5", "http://127.0.0.1:" + PORT + "/health")).exit() == 0) {
                    return;
                }
                Thread.sleep(200);
            }
            fail("/health did not answer within " + START_WITHIN + "; the log:\n" + Files.readString(log));
        }

        void awaitLogLine(String start) throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                JsonArray logs = (JsonArray) member(call("GET", "/api/plugins/request-logger/logs").json(), "logs");
                if (logs.elements().stream().anyMatch(entry -> text(entry, "line").startsWith(start))) {
                    return;
                }
                Thread.sleep(100);
            }
            fail("no log line starting with '" + start + "': " + call("GET", "/api/plugins/request-logger/logs").body());
        }

        private Result run(List<String> command) throws IOException, InterruptedException {
            List<String> inside = new ArrayList<>(List.of("nsenter", "--net=/proc/" + pid + "/ns/net"));
            inside.addAll(command);
            Process process = new ProcessBuilder(inside).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        }
    }

    private record Result(int exit, String output) {
    }

    private static JsonValue member(JsonValue object, String name) {
        return ((JsonObject) object).get(name).orElseThrow(() -> new AssertionError("no " + name + " in " + object.toJson()));
    }

    private static String text(JsonValue object, String name) {
        return ((JsonString) member(object, name)).value();
    }
}
