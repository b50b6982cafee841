package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RUNTIME.md "Hook pipeline" and HOST.md "Hook route" on the packaged configuration, over HTTP, with
 * real Node plugins: order by manifest and ready priority, chaining, a blocker, a handler that times
 * out, a closed plugin that crashes, onResponse and onError, and the route's refusals.
 */
class HookPipelineEndToEndTest {

    @TempDir
    Path home;

    @TempDir
    Path sources;

    /** Each plugin appends its name to {@code metadata.order}; {@code body.<name>} makes it misbehave. */
    private static final String APPEND = """
            const NAME = "%s";
            export function onRequest(ctx) {
              const order = [...(ctx.metadata.order ?? []), NAME];
              if (ctx.body?.block === NAME) {
                return { blocked: true, status: 429, response: { error: "blocked by " + NAME }, metadata: { order } };
              }
              if (ctx.body?.exit === NAME) {
                process.exit(1);
              }
              if (ctx.body?.hang === NAME) {
                return new Promise(() => {});
              }
              return { metadata: { order }, body: { ...ctx.body, last: NAME } };
            }
            export function onResponse(ctx, response) {
              return { response: { ...response, trail: [...(response.trail ?? []), NAME] } };
            }
            export function onError(ctx, error) {
              console.error(`[${NAME}] saw ${error.message}`);
              return { ignored: true };
            }
            %s
            """;

    private Path plugin(String name, String manifestExtra, String moduleExtra) throws IOException {
        Path folder = Files.createDirectories(sources.resolve(name));
        Files.writeString(folder.resolve("plugin.json"), """
                {"id": "%s", "version": "1.0.0", "author": "plugbay", "main": "index.mjs",
                 "hooks": {"onRequest": true, "onResponse": true, "onError": true}%s}""".formatted(name, manifestExtra));
        Files.writeString(folder.resolve("index.mjs"), APPEND.formatted(name, moduleExtra));
        return folder;
    }

    private static JsonValue hook(HostOperator operator, String hook, String body) {
        return operator.call(post("/api/plugins/hooks/" + hook, body), 200);
    }

    private static List<String> executions(JsonValue answer) {
        return elements(member(answer, "executions")).stream()
                .map(execution -> text(execution, "plugin") + ":" + text(execution, "outcome")).toList();
    }

    @Test
    void pluginsRunByPriorityChainBlockTimeOutAndFailClosed() throws IOException {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.runtime.call-timeout", "2s"))) {
            HostOperator operator = new HostOperator(server);
            for (Path folder : List.of(plugin("late", ", \"priority\": 400", ""), plugin("first", ", \"priority\": 10", ""),
                    plugin("announced", "", "export const priority = 50;"), plugin("plain", "", ""),
                    plugin("blocker", ", \"priority\": 300", ""),
                    plugin("strict", ", \"priority\": 250, \"hookFailure\": \"closed\"", ""))) {
                operator.install(folder, 201);
                operator.activate(folder.getFileName().toString());
            }

            JsonValue passed = hook(operator, "onRequest", "{\"ctx\": {\"requestId\": \"r1\", \"body\": {\"model\": \"m\"}}}");
            assertEquals("{\"blocked\":false,\"body\":{\"model\":\"m\",\"last\":\"late\"},\"metadata\":{\"order\":"
                    + "[\"first\",\"announced\",\"plain\",\"strict\",\"blocker\",\"late\"]}}", withoutExecutions(passed));
            assertEquals(List.of("first:ok", "announced:ok", "plain:ok", "strict:ok", "blocker:ok", "late:ok"), executions(passed));

            JsonValue blocked = hook(operator, "onRequest", "{\"ctx\": {\"body\": {\"block\": \"blocker\"}}}");
            assertEquals("{\"blocked\":true,\"plugin\":\"blocker\",\"status\":429,\"response\":{\"error\":\"blocked by blocker\"},"
                    + "\"body\":{\"block\":\"blocker\",\"last\":\"strict\"},\"metadata\":{\"order\":"
                    + "[\"first\",\"announced\",\"plain\",\"strict\",\"blocker\"]}}", withoutExecutions(blocked));
            assertEquals(List.of("first:ok", "announced:ok", "plain:ok", "strict:ok", "blocker:blocked"), executions(blocked));

            long plainPid = operator.pid("plain");
            JsonValue slow = hook(operator, "onRequest", "{\"ctx\": {\"body\": {\"hang\": \"plain\"}}}");
            assertEquals(List.of("first:ok", "announced:ok", "plain:timeout", "strict:ok", "blocker:ok", "late:ok"), executions(slow));
            assertEquals("false", member(slow, "blocked").toJson());
            awaitRestarted(operator, "plain", plainPid);
            long strictPid = operator.pid("strict");

            JsonValue crashed = hook(operator, "onRequest", "{\"ctx\": {\"body\": {\"exit\": \"strict\"}}}");
            assertEquals("{\"blocked\":true,\"plugin\":\"strict\",\"status\":503,\"response\":{\"error\":{\"message\":"
                    + "\"Request blocked: plugin 'strict' failed\",\"type\":\"plugin_failure\"}},\"body\":{\"exit\":\"strict\","
                    + "\"last\":\"plain\"},\"metadata\":{\"order\":[\"first\",\"announced\",\"plain\"]}}", withoutExecutions(crashed));
            assertEquals(List.of("first:ok", "announced:ok", "plain:ok", "strict:crashed"), executions(crashed));
            awaitRestarted(operator, "strict", strictPid);

            JsonValue response = hook(operator, "onResponse", "{\"ctx\": {}, \"response\": {\"status\": 200, \"trail\": []}}");
            assertEquals("{\"status\":200,\"trail\":[\"first\",\"announced\",\"plain\",\"strict\",\"blocker\",\"late\"]}",
                    member(response, "response").toJson());

            JsonValue error = hook(operator, "onError", "{\"ctx\": {}, \"error\": {\"message\": \"upstream 502\"}}");
            assertEquals(6, executions(error).size(), error.toJson());
            assertEquals(List.of("executions"), List.copyOf(((JsonObject) error).members().keySet()));
            operator.awaitLog("late", "stderr: [late] saw upstream 502");
        }
    }

    @Test
    void theRouteAnswersTheThreeHooksOnlyChecksBodiesAndWantsAnAdmin() {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(server);

            assertEquals("{\"blocked\":false,\"body\":null,\"metadata\":{},\"executions\":[]}",
                    hook(operator, "onRequest", "{\"ctx\": {}}").toJson());
            assertEquals("{\"blocked\":false,\"response\":\"as is\",\"executions\":[]}",
                    hook(operator, "onResponse", "{\"ctx\": {}, \"response\": \"as is\"}").toJson());
            assertEquals("{\"executions\":[]}", hook(operator, "onError", "{\"ctx\": {}, \"error\": {\"message\": \"m\"}}").toJson());
            for (String other : List.of("onActivate", "onInstall", "onAction", "activate", "config", "nothing")) {
                assertEquals("ROUTE_NOT_FOUND", text(operator.call(post("/api/plugins/hooks/" + other, "{\"ctx\": {}}"), 404), "error"),
                        other);
            }
            for (String[] refused : new String[][] {{"onRequest", "{}"}, {"onRequest", "{\"ctx\": {\"metadata\": 1}}"},
                    {"onResponse", "{\"ctx\": {}}"}, {"onError", "{\"ctx\": {}, \"error\": {}}"}, {"onRequest", "[]"}}) {
                assertEquals("INVALID_REQUEST", text(operator.call(post("/api/plugins/hooks/" + refused[0], refused[1]), 400), "error"),
                        refused[1]);
            }
            assertEquals("PERMISSION_DENIED", text(server.api().call("someone", post("/api/plugins/hooks/onRequest", "{\"ctx\": {}}"),
                    403), "error"));
        }
    }

    /** Waits (polling, with a deadline) until the plugin's process runs again with another pid. */
    private static void awaitRestarted(HostOperator operator, String name, long pid) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            JsonValue runtime = member(operator.detail(name), "runtime");
            if (text(runtime, "state").equals("running") && member(runtime, "pid") instanceof JsonNumber now
                    && now.value().longValueExact() != pid) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + " did not run again: " + runtime.toJson());
            }
            HostOperator.pause();
        }
    }

    private static String withoutExecutions(JsonValue answer) {
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) answer).members());
        members.remove("executions");
        return new JsonObject(members).toJson();
    }
}
