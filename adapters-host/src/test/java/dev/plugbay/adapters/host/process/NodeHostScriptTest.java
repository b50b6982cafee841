package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.testing.RuntimeTestBase;
import dev.plugbay.adapters.host.testing.TestHost;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Hook;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Node host script", each rule and vector through the real runtime (or, for raw protocol lines, the script alone). */
class NodeHostScriptTest extends RuntimeTestBase {

    @Test
    void welcomeBannerVectorTheBannerJoinsTheMetadataChangedInPlace() {
        PluginProcess banner = start(folders.omniroute("welcome-banner"));

        assertEquals(Set.of(Hook.ON_REQUEST, Hook.ON_RESPONSE), banner.offeredHooks());
        assertEquals(answered("{\"metadata\": {\"banner\": \"Welcome to OmniRoute!\"}}"),
                call(banner, Hook.ON_REQUEST, "{\"metadata\": {}, \"config\": {\"enabled\": true, \"bannerText\": \"Welcome to OmniRoute!\"}}"));
        assertEquals(answered("{\"metadata\": {\"banner\": \"Welcome to OmniRoute!\"}}"),
                call(banner, Hook.ON_REQUEST, "{\"metadata\": {}}"));
    }

    @Test
    void welcomeBannerVectorDisabledChangesNothingAndAnswersNull() {
        PluginProcess banner = start(folders.omniroute("welcome-banner"));

        assertEquals(answered("null"), call(banner, Hook.ON_REQUEST, "{\"metadata\": {}, \"config\": {\"enabled\": false}}"));
    }

    @Test
    void vectorVO40AnMjsPluginsReturnedBodyAndMetadataComeBackExactly() {
        PluginProcess plugin = start(folders.plugin("touch", "index.mjs", """
                export async function onRequest(ctx) {
                  return { body: { ...ctx.body, touchedByPlugin: true }, metadata: { pluginHook: 'onRequest' } };
                }
                """, Set.of()));

        assertEquals(answered("{\"body\": {\"model\": \"gpt-4\", \"touchedByPlugin\": true}, \"metadata\": {\"pluginHook\": \"onRequest\"}}"),
                call(plugin, Hook.ON_REQUEST, "{\"body\": {\"model\": \"gpt-4\"}, \"metadata\": {}}"));
    }

    @Test
    void themeManagerVectorTheStyleFollowsHeadWithThePrimaryColor() {
        PluginProcess theme = start(folders.omniroute("theme-manager"));

        CallResult result = call(theme, Hook.ON_RESPONSE, """
                {"ctx": {"config": {"darkMode": "auto", "primaryColor": "#6C5CE7"}, "metadata": {}},
                 "response": {"headers": {"content-type": "text/html"}, "body": "<html><head></head></html>"}}""");

        JsonObject response = (JsonObject) ((JsonObject) ((CallResult.Answered) result).result()).get("response").orElseThrow();
        String body = ((JsonString) response.get("body").orElseThrow()).value();
        assertTrue(body.startsWith("<html><head><style id=\"omniroute-theme\">"), body);
        assertTrue(body.contains("--color-primary: #6C5CE7;"), body);
        assertTrue(body.endsWith("</style></head></html>"), body);
        assertEquals(json("{\"content-type\": \"text/html\"}"), response.get("headers").orElseThrow());
    }

    @Test
    void requestLoggerLogsOnStderrAndItsInPlaceTimestampComesBack() {
        PluginProcess logger = start(folders.omniroute("request-logger"));

        CallResult result = call(logger, Hook.ON_REQUEST, """
                {"requestId": "r-1", "model": "gpt-4", "provider": "openai", "body": {"q": 1}, "metadata": {},
                 "config": {"logLevel": "info", "includeBody": false, "maxBodyLength": 500}}""");

        JsonObject metadata = (JsonObject) ((JsonObject) ((CallResult.Answered) result).result()).get("metadata").orElseThrow();
        assertTrue(metadata.has("__requestStart"), metadata::toJson);
        eventually("the REQUEST line in the logs", () -> lines("request-logger", "stderr").stream()
                .anyMatch(line -> line.startsWith("[request-logger] REQUEST: {\"requestId\":\"r-1\",\"model\":\"gpt-4\"")));
        assertTrue(lines("request-logger", "stdout").isEmpty());
    }

    @Test
    void theHandlerIsTheDefaultObjectThenThePluginObjectThenTheNamespace() {
        PluginProcess commonJs = start(folders.plugin("common", "index.js", """
                module.exports = { priority: 40, onAction() { return 'from module.exports'; } };
                """, Set.of()));
        PluginProcess named = start(folders.plugin("named", "index.mjs", """
                export const plugin = { onAction() { return 'from plugin'; } };
                export function onRequest() { return 'from the namespace'; }
                """, Set.of()));
        PluginProcess namespace = start(folders.plugin("spaced", "index.mjs", """
                export default function notAnObject() {}
                export const priority = 3;
                export function onAction() { return 'from the namespace'; }
                """, Set.of()));

        assertEquals(answered("\"from module.exports\""), call(commonJs, Hook.ON_ACTION, "{}"));
        assertEquals(OptionalInt.of(40), commonJs.readyPriority());
        assertEquals(Set.of(Hook.ON_ACTION), named.offeredHooks());
        assertEquals(answered("\"from plugin\""), call(named, Hook.ON_ACTION, "{}"));
        assertEquals(OptionalInt.empty(), named.readyPriority());
        assertEquals(answered("\"from the namespace\""), call(namespace, Hook.ON_ACTION, "{}"));
        assertEquals(OptionalInt.of(3), namespace.readyPriority());
    }

    @Test
    void aCommonJsFileAndAnEsmPackageBothLoad() {
        PluginProcess cjs = start(folders.plugin("cjs", "lib/main.cjs", "exports.onAction = () => require('node:path').sep;\n", Set.of()));
        PluginProcess esm = start(folders.plugin("esm", "index.js", """
                import { answer } from './lib/answer.js';
                export const onAction = () => answer;
                """, Set.of(), Map.of("package.json", "{\"type\": \"module\"}", "lib/answer.js", "export const answer = 42;\n")));

        assertEquals(answered("\"/\""), call(cjs, Hook.ON_ACTION, "{}"));
        assertEquals(answered("42"), call(esm, Hook.ON_ACTION, "{}"));
    }

    @Test
    void onResponseReturnsAreCarriedBackAsRuntimeMdSays() {
        PluginProcess plugin = start(folders.plugin("responses", "index.mjs", """
                export function onResponse(ctx, response) {
                  switch (ctx.mode) {
                    case 'wrapped': return { response: { replaced: true }, note: 'kept' };
                    case 'value': return 'plain text';
                    case 'null': return null;
                    case 'in-place': response.seen = true; return undefined;
                    default: return undefined;
                  }
                }
                """, Set.of()));
        String response = ", \"response\": {\"status\": 200}}";

        assertEquals(answered("{\"response\": {\"replaced\": true}, \"note\": \"kept\"}"),
                call(plugin, Hook.ON_RESPONSE, "{\"ctx\": {\"mode\": \"wrapped\"}" + response));
        assertEquals(answered("{\"response\": \"plain text\"}"), call(plugin, Hook.ON_RESPONSE, "{\"ctx\": {\"mode\": \"value\"}" + response));
        assertEquals(answered("{\"response\": null}"), call(plugin, Hook.ON_RESPONSE, "{\"ctx\": {\"mode\": \"null\"}" + response));
        assertEquals(answered("{\"response\": {\"status\": 200, \"seen\": true}}"),
                call(plugin, Hook.ON_RESPONSE, "{\"ctx\": {\"mode\": \"in-place\"}" + response));
        assertEquals(answered("null"), call(plugin, Hook.ON_RESPONSE, "{\"ctx\": {\"mode\": \"nothing\"}" + response));
    }

    @Test
    void onRequestInPlaceChangesJoinTheResultUnlessTheReturnedObjectHasTheKey() {
        PluginProcess plugin = start(folders.plugin("requests", "index.mjs", """
                export function onRequest(ctx) {
                  ctx.body.changed = true;
                  ctx.metadata.changed = true;
                  if (ctx.mode === 'own-metadata') return { metadata: { mine: 1 }, blocked: false };
                  if (ctx.mode === 'array') return [1];
                }
                """, Set.of()));

        assertEquals(answered("{\"metadata\": {\"mine\": 1}, \"blocked\": false, \"body\": {\"a\": 1, \"changed\": true}}"),
                call(plugin, Hook.ON_REQUEST, "{\"mode\": \"own-metadata\", \"body\": {\"a\": 1}, \"metadata\": {}}"));
        assertEquals(answered("{\"body\": {\"changed\": true}, \"metadata\": {\"changed\": true}}"),
                call(plugin, Hook.ON_REQUEST, "{\"body\": {}, \"metadata\": {}}"));
        assertEquals(answered("[1]"), call(plugin, Hook.ON_REQUEST, "{\"mode\": \"array\", \"body\": {}, \"metadata\": {}}"));
    }

    @Test
    void onErrorGetsTheContextAndTheErrorAsTwoArgumentsOtherHooksThePayload() {
        PluginProcess plugin = start(folders.plugin("args", "index.mjs", """
                export const onError = (ctx, error) => [ctx.requestId, error.message];
                export const onActivate = (payload) => payload.reason;
                export const onDeactivate = () => undefined;
                """, Set.of()));

        assertEquals(answered("[\"r-9\", \"upstream failed\"]"),
                call(plugin, Hook.ON_ERROR, "{\"ctx\": {\"requestId\": \"r-9\"}, \"error\": {\"message\": \"upstream failed\"}}"));
        assertEquals(answered("\"restart\""), call(plugin, Hook.ON_ACTIVATE, "{\"reason\": \"restart\"}"));
        assertEquals(answered("null"), call(plugin, Hook.ON_DEACTIVATE, "{\"reason\": \"shutdown\"}"));
    }

    @Test
    void whatAHandlerThrowsOrCannotEncodeBecomesItsError() {
        PluginProcess plugin = start(folders.plugin("throwing", "index.mjs", """
                export function onAction({ method }) {
                  if (method === 'error') throw new TypeError('bad asset id');
                  if (method === 'text') throw 'plain text';
                  if (method === 'rejected') return Promise.reject(new Error('async failure'));
                  if (method === 'bigint') return 10n;
                  if (method === 'circular') { const loop = {}; loop.self = loop; return loop; }
                  if (method === 'function') return () => 1;
                }
                """, Set.of()));

        assertEquals(new CallResult.Failed("bad asset id"), call(plugin, Hook.ON_ACTION, "{\"method\": \"error\"}"));
        assertEquals(new CallResult.Failed("plain text"), call(plugin, Hook.ON_ACTION, "{\"method\": \"text\"}"));
        assertEquals(new CallResult.Failed("async failure"), call(plugin, Hook.ON_ACTION, "{\"method\": \"rejected\"}"));
        for (String method : List.of("bigint", "circular", "function")) {
            assertEquals(new CallResult.Failed("result is not JSON-serializable"),
                    call(plugin, Hook.ON_ACTION, "{\"method\": \"" + method + "\"}"), method);
        }
        assertEquals(answered("null"), call(plugin, Hook.ON_ACTION, "{\"method\": \"nothing\"}"));
    }

    @Test
    void consoleOutputGoesToStderrAndLeavesTheProtocolAlone() {
        PluginProcess plugin = start(folders.plugin("talker", "index.mjs", """
                export function onAction() {
                  console.log('log', { a: 1 });
                  console.info('info');
                  console.debug('debug');
                  console.warn('warn');
                  console.error('error');
                  return 'done';
                }
                """, Set.of()));

        assertEquals(answered("\"done\""), call(plugin, Hook.ON_ACTION, "{}"));

        eventually("five console lines on stderr", () -> lines("talker", "stderr")
                .containsAll(List.of("log { a: 1 }", "info", "debug", "warn", "error")));
        assertTrue(lines("talker", "stdout").isEmpty(), () -> lines("talker", "stdout").toString());
    }

    @Test
    void anEntryThatFailsToLoadExitsWithCodeOneBeforeReadyAndSaysWhyOnStderr() {
        PluginErrorException failure = assertThrows(PluginErrorException.class,
                () -> start(folders.plugin("broken", "index.mjs", "export function onRequest( {\n", Set.of())));

        assertEquals("Plugin 'broken' exited with code 1 before it was ready; see its logs", failure.getMessage());
        assertTrue(lines("broken", "stderr").stream().anyMatch(line -> line.startsWith("Plugbay host: the entry file could not be loaded")),
                () -> lines("broken", "stderr").toString());
    }

    @Test
    void onTheRawProtocolAMissingHandlerIsHookNotFoundAndEndOfStdinExitsZero() throws Exception {
        Path entry = Files.writeString(Files.createDirectories(root.resolve("raw")).resolve("index.mjs"),
                "export const onRequest = () => 'served';\n");
        Path script;
        try (var scripts = Files.list(home().resolve("runtime"))) {
            script = scripts.filter(path -> path.getFileName().toString().endsWith(".mjs")).findFirst().orElseThrow();
        }
        Process node = new ProcessBuilder(TestHost.CAPABILITIES.node().orElseThrow().executable().toString(),
                script.toString(), entry.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("{\"type\":\"ready\",\"hooks\":[\"onRequest\"]}", stdout.readLine());
            OutputStream stdin = node.getOutputStream();
            stdin.write(("{\"type\":\"call\",\"id\":1,\"hook\":\"onUninstall\",\"payload\":{}}\n"
                    + "{\"type\":\"call\",\"id\":2,\"hook\":\"toString\",\"payload\":{}}\n"
                    + "{\"type\":\"call\",\"id\":3,\"hook\":\"onRequest\",\"payload\":{}}\r\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            List<String> answers = List.of(stdout.readLine(), stdout.readLine(), stdout.readLine());
            assertTrue(answers.contains("{\"type\":\"result\",\"id\":1,\"error\":\"Hook not found: onUninstall\"}"), answers::toString);
            assertTrue(answers.contains("{\"type\":\"result\",\"id\":2,\"error\":\"Hook not found: toString\"}"), answers::toString);
            assertTrue(answers.contains("{\"type\":\"result\",\"id\":3,\"result\":\"served\"}"), answers::toString);
            stdin.close();
            assertTrue(node.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS));
            assertEquals(0, node.exitValue());
        } finally {
            node.destroyForcibly();
        }
    }
}
