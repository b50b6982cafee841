package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RUNTIME.md "Action bridge" end to end over HTTP: the Invenicum docs' quality-checker, a UI + code
 * plugin published in the marketplace and installed on this host with a Node onAction; a user
 * installs it and presses its STAC button ({@code runQualityCheck}).
 */
class ActionBridgeEndToEndTest {

    private static final String MANIFEST = """
            {"id": "quality_checker", "name": "Data Quality Checker", "version": "1.0.0",
             "description": "Validates asset metadata quality", "slot": "asset_detail", "main": "index.mjs",
             "hooks": {"onAction": true},
             "ui": {"type": "container", "layout": "vertical", "children": [
               {"type": "text", "content": "Quality Score: {{asset.qualityScore}}"},
               {"type": "button", "label": "Run Check",
                "action": {"method": "runQualityCheck", "params": {"assetId": "{{asset.id}}"}}}]}""";
    private static final String ON_ACTION = """
            export function onAction(payload) {
              if (payload.params.echo) {
                return { payload, env: process.env, argv: process.argv, cwd: process.cwd() };
              }
              return { ok: true };
            }
            """;
    private static final String ACTION = "/api/v1/plugins/quality_checker/actions/";
    private static final int BURST = 5;

    @TempDir
    Path home;

    @TempDir
    Path sources;

    @Test
    void theQualityCheckersButtonRunsOnTheServerForItsInstalledUsersOnly() throws IOException {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            MarketplaceApi api = server.api();
            HostOperator operator = publishedRunningAndInstalledByBob(server, "");

            assertEquals("{\"success\":true,\"method\":\"runQualityCheck\",\"result\":{\"ok\":true}}",
                    api.call("bob", post(ACTION + "runQualityCheck", "{\"params\": {\"assetId\": \"a-1\"}}"), 200).toJson());
            assertEquals("{\"ok\":true}", member(api.call("bob", HttpRequest.POST(ACTION + "runQualityCheck", ""), 200), "result").toJson(),
                    "the body is optional");
            assertEquals("ACTION_NOT_FOUND", text(api.call("bob", post(ACTION + "dropTables", "{}"), 404), "error"));
            assertEquals("PLUGIN_NOT_FOUND", text(api.call("carol", post(ACTION + "runQualityCheck", "{}"), 404), "error"));
            assertEquals("INVALID_REQUEST", text(api.call("bob", post(ACTION + "runQualityCheck", "{\"params\": []}"), 400), "error"));
            assertEquals(401, HttpCalls.exchange(server.client(), post(ACTION + "runQualityCheck", "{}")).code());

            api.call("bob", put("/api/v1/plugins/user/toggle", "{\"pluginId\": \"quality_checker\", \"isActive\": false}"), 200);
            assertEquals("PLUGIN_INACTIVE", text(api.call("bob", post(ACTION + "runQualityCheck", "{}"), 409), "error"));
            api.call("bob", put("/api/v1/plugins/user/toggle", "{\"pluginId\": \"quality_checker\", \"isActive\": true}"), 200);

            operator.call(HttpRequest.POST("/api/plugins/quality_checker/deactivate", ""), 200);
            HttpResponse<String> unavailable = HttpCalls.exchange(server.client(), post(ACTION + "runQualityCheck", "{}")
                    .bearerAuth(token(server, "bob")));
            assertEquals(503, unavailable.code());
            assertEquals("PLUGIN_UNAVAILABLE", text(JsonReader.parse(HttpCalls.body(unavailable)), "error"));
            assertNull(unavailable.getHeaders().get("Retry-After"), "no start is scheduled");
        }
    }

    @Test
    void theCallersTokenNeverReachesThePlugin() throws IOException {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            HostOperator operator = publishedRunningAndInstalledByBob(server, ", \"permissions\": [\"env\"]");
            String token = token(server, "bob");

            HttpResponse<String> echoed = HttpCalls.exchange(server.client(),
                    post(ACTION + "runQualityCheck", "{\"params\": {\"echo\": true}}").bearerAuth(token));

            String body = HttpCalls.body(echoed);
            assertEquals(200, echoed.code(), body);
            JsonValue payload = member(member(JsonReader.parse(body), "result"), "payload");
            assertEquals("{\"method\":\"runQualityCheck\",\"params\":{\"echo\":true},\"user\":{\"username\":\"bob\",\"roles\":[]},"
                    + "\"installedVersion\":\"1.0.0\",\"config\":{}}", payload.toJson());
            for (String part : List.of(token, token.split("\\.")[1], token.split("\\.")[2])) {
                assertFalse(body.contains(part), "the plugin saw the caller's token");
            }
            assertFalse(String.join("\n", operator.logLines("quality_checker")).contains(token.split("\\.")[2]));
        }
    }

    @Test
    void pastTheRateLimitAnActionIs429WithRetryAfter() throws IOException {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.runtime.rate-limit", "1"))) {
            publishedRunningAndInstalledByBob(server, "");
            String token = token(server, "bob");

            // Sent at once, so that they fall in one window of the limit even on a slow machine.
            ExecutorService callers = Executors.newFixedThreadPool(BURST);
            List<HttpResponse<String>> answers;
            try {
                answers = IntStream.range(0, BURST)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> HttpCalls.exchange(server.client(),
                                post(ACTION + "runQualityCheck", "{}").bearerAuth(token)), callers))
                        .toList().stream().map(CompletableFuture::join).toList();
            } finally {
                callers.shutdown();
            }

            List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.code() == 429).toList();
            assertTrue(answers.stream().anyMatch(answer -> answer.code() == 200), "the first call of a window is run");
            assertFalse(refused.isEmpty(), "the calls past the first one in its window are refused");
            assertEquals(BURST, answers.stream().filter(answer -> answer.code() == 200 || answer.code() == 429).count());
            for (HttpResponse<String> answer : refused) {
                assertEquals("RATE_LIMITED", text(JsonReader.parse(HttpCalls.body(answer)), "error"));
                assertEquals("1", answer.getHeaders().get("Retry-After"));
            }
        }
    }

    /**
     * octo-dev publishes the plugin in the marketplace, the operator installs its code on the host
     * ({@code hostExtra} added to its manifest there) and activates it, and bob installs it.
     */
    private HostOperator publishedRunningAndInstalledByBob(PackagedServer server, String hostExtra) throws IOException {
        server.api().call("octo-dev", post("/api/v1/plugins", MANIFEST + "}"), 201);
        Path folder = Files.createDirectories(sources.resolve("quality_checker"));
        Files.writeString(folder.resolve("plugin.json"), MANIFEST + ", \"author\": \"octo-dev\"" + hostExtra + "}");
        Files.writeString(folder.resolve("index.mjs"), ON_ACTION);
        HostOperator operator = new HostOperator(server);
        operator.install(folder, 201);
        operator.activate("quality_checker");
        server.api().call("bob", post("/api/v1/plugins/install", "{\"id\": \"quality_checker\"}"), 201);
        return operator;
    }

    private static String token(PackagedServer server, String user) {
        return server.context().getBean(TokenIssuer.class).issue(user, List.of(), Instant.now(), Duration.ofMinutes(5));
    }
}
