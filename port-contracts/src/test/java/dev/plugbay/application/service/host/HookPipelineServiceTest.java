package dev.plugbay.application.service.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.contracts.testing.MutableClock;
import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RUNTIME.md "Hook pipeline" over the host services and fake processes: who takes part and in which
 * order, the config each handler gets, failures of real calls (error, timeout, crash, restart), the
 * rate limit, what is recorded and logged, and the wait for the startup round.
 */
class HookPipelineServiceTest {

    private static final Set<Hook> TRAFFIC = EnumSet.of(Hook.ON_REQUEST, Hook.ON_RESPONSE, Hook.ON_ERROR);

    private HostHarness host = new HostHarness();

    @AfterEach
    void stop() {
        host.close();
    }

    private static JsonObject json(String text) {
        return (JsonObject) JsonReader.parse(text);
    }

    /** Installs and activates a plugin declaring the traffic hooks, with {@code extra} manifest members. */
    private void active(String name, String extra, PluginScript script) {
        PluginId id = new PluginId(name);
        host.processes.script(id, script);
        String manifest = """
                {"id": "%s", "version": "1.0.0", "author": "plugbay", "main": "index.mjs",
                 "hooks": {"onRequest": true, "onResponse": true, "onError": true}%s,
                 "configSchema": {"level": {"type": "string", "default": "info"}}}""".formatted(name, extra);
        host.services.installer().install(host.folder(manifest));
        host.services.lifecycle().activate(id);
    }

    private static PluginScript answering(BiFunction<Hook, JsonValue, Reaction> reactions) {
        return PluginScript.ready(TRAFFIC).reacting(reactions);
    }

    private static PluginScript answering(String result) {
        return answering((hook, payload) -> Reaction.answer(JsonReader.parse(result)));
    }

    private JsonObject run(Hook hook, String body) {
        host.services.startup().startAll();
        return host.services.pipeline().run(hook, json(body));
    }

    private static String withoutExecutions(JsonObject answer) {
        Map<String, JsonValue> members = new LinkedHashMap<>(answer.members());
        members.remove("executions");
        return new JsonObject(members).toJson();
    }

    private static List<String> plugins(JsonObject answer) {
        return ((JsonArray) answer.get("executions").orElseThrow()).elements().stream()
                .map(execution -> ((JsonObject) execution).get("plugin").orElseThrow().toJson()).toList();
    }

    @Test
    void theManifestsPriorityThenTheReadyPriorityThenOneHundredOrderTheParticipants() {
        active("late", ", \"priority\": 200", answering("null"));
        active("announced", "", answering("null").withPriority(10));
        active("plain", "", answering("null"));
        active("overruled", ", \"priority\": 150", answering("null").withPriority(1));

        JsonObject answer = run(Hook.ON_REQUEST, "{\"ctx\": {}}");

        assertEquals(List.of("\"announced\"", "\"plain\"", "\"overruled\"", "\"late\""), plugins(answer));
    }

    @Test
    void inactivePluginsPluginsWithoutTheHookAndProcessesNotOfferingItDoNotTakePart() {
        active("runs", "", answering("null"));
        active("stopped", "", answering("null"));
        host.services.lifecycle().deactivate(new PluginId("stopped"));
        active("responder", "", PluginScript.ready(EnumSet.of(Hook.ON_RESPONSE)));
        host.processes.script(new PluginId("other"), PluginScript.ready(Set.of(Hook.ON_REQUEST)));
        host.services.installer().install(host.folder(HostHarness.manifest("other", "1.0.0", "{\"onResponse\": true}", "{}")));
        host.services.lifecycle().activate(new PluginId("other"));

        JsonObject answer = run(Hook.ON_REQUEST, "{\"ctx\": {}}");

        assertEquals(List.of("\"runs\""), plugins(answer));
    }

    @Test
    void eachHandlerGetsItsEffectiveConfigAsCtxConfigInPlaceOfTheCallers() {
        active("reader", "", answering("null"));
        host.services.lifecycle().mergeConfig(new PluginId("reader"), json("{\"level\": \"debug\"}"));

        run(Hook.ON_RESPONSE, "{\"ctx\": {\"config\": {\"forged\": true}, \"requestId\": \"r\"}, \"response\": {\"status\": 200}}");

        JsonValue payload = host.processes.calls(new PluginId("reader")).stream()
                .filter(call -> call.hook() == Hook.ON_RESPONSE).findFirst().orElseThrow().payload();
        assertEquals("{\"ctx\":{\"config\":{\"level\":\"debug\"},\"requestId\":\"r\"},\"response\":{\"status\":200}}", payload.toJson());
    }

    @Test
    void aHandlerThatErrsTimesOutOrCrashesIsSkippedAndTheOthersStillRun() {
        active("a-errs", ", \"priority\": 1", answering((hook, payload) -> Reaction.fail("boom")));
        active("b-hangs", ", \"priority\": 2", answering((hook, payload) -> Reaction.hang()));
        active("c-exits", ", \"priority\": 3", answering((hook, payload) -> Reaction.exit(3)));
        active("d-fine", ", \"priority\": 4", answering("{\"metadata\": {\"done\": true}}"));

        JsonObject answer = run(Hook.ON_REQUEST, "{\"ctx\": {}}");

        assertEquals("{\"done\":true}", answer.get("metadata").orElseThrow().toJson());
        assertEquals(List.of(CallOutcome.ERROR, CallOutcome.TIMEOUT, CallOutcome.CRASHED, CallOutcome.OK),
                host.recorded.stream().map(Execution::outcome).toList());
        assertEquals(List.of("boom", HostPluginMessages.TIMED_OUT),
                host.recorded.subList(0, 2).stream().map(Execution::error).toList());
        assertTrue(host.recorded.stream().allMatch(execution -> execution.hook() == Hook.ON_REQUEST));
        assertTrue(host.logs.last(new PluginId("a-errs"), 500).stream()
                .anyMatch(entry -> entry.line().equals("onRequest call ended error: boom")), "a failure is logged");
    }

    @Test
    void aClosedPluginThatCrashesBlocksTheRequestAndIsUnavailableWhileItRestarts() {
        active("first", ", \"priority\": 1", answering("{\"body\": {\"seen\": 1}}"));
        active("strict", ", \"priority\": 2, \"hookFailure\": \"closed\"", answering((hook, payload) -> Reaction.exit(1)));
        active("never", ", \"priority\": 3", answering("null"));

        JsonObject crashed = run(Hook.ON_REQUEST, "{\"ctx\": {}}");
        HostHarness.await("strict restarting", Duration.ofSeconds(5),
                () -> host.services.queries().get(new PluginId("strict")).runtime().state().equals("restarting"));
        JsonObject unavailable = host.services.pipeline().run(Hook.ON_REQUEST, json("{\"ctx\": {}}"));

        assertEquals("{\"blocked\":true,\"plugin\":\"strict\",\"status\":503,\"response\":{\"error\":{\"message\":"
                + "\"Request blocked: plugin 'strict' failed\",\"type\":\"plugin_failure\"}},\"body\":{\"seen\":1},\"metadata\":{}}",
                withoutExecutions(crashed));
        assertEquals(List.of("\"first\"", "\"strict\""), plugins(crashed));
        assertEquals(List.of("\"first\"", "\"strict\""), plugins(unavailable));
        assertEquals(List.of(CallOutcome.OK, CallOutcome.CRASHED, CallOutcome.OK, CallOutcome.UNAVAILABLE),
                host.recorded.stream().map(Execution::outcome).toList());
        assertEquals(List.of(), host.processes.calls(new PluginId("never")).stream()
                .filter(call -> call.hook() == Hook.ON_REQUEST).toList());
    }

    @Test
    void aBlockingHandlerIsRecordedAsBlocked() {
        active("guard", "", answering("{\"blocked\": true, \"status\": 429}"));

        JsonObject answer = run(Hook.ON_REQUEST, "{\"ctx\": {}}");

        assertEquals("429", answer.get("status").orElseThrow().toJson());
        assertEquals(List.of(CallOutcome.BLOCKED), host.recorded.stream().map(Execution::outcome).toList());
    }

    @Test
    void onErrorReachesEveryHandlerAndRecordsEachEnding() {
        active("one", "", answering("null"));
        active("two", "", answering((hook, payload) -> Reaction.fail("no")));

        JsonObject answer = run(Hook.ON_ERROR, "{\"ctx\": {}, \"error\": {\"message\": \"upstream failed\"}}");

        assertEquals(List.of("\"one\"", "\"two\""), plugins(answer));
        assertEquals(List.of(Hook.ON_ERROR, Hook.ON_ERROR), host.recorded.stream().map(Execution::hook).toList());
    }

    @Test
    void aBurstOf110Sends100AndRecords10RateLimitedAndAfterAPauseTheNextIsSent() {
        host.close();
        MutableClock clock = new MutableClock(Instant.parse("2026-07-03T10:00:00Z"));
        host = new HostHarness(clock, 100);
        active("busy", "", answering("null"));
        host.services.startup().startAll();

        for (int i = 0; i < 110; i++) {
            host.services.pipeline().run(Hook.ON_REQUEST, json("{\"ctx\": {}}"));
        }
        long sentInBurst = host.processes.calls(new PluginId("busy")).stream().filter(call -> call.hook() == Hook.ON_REQUEST).count();
        clock.advance(Duration.ofMillis(1100));
        host.services.pipeline().run(Hook.ON_REQUEST, json("{\"ctx\": {}}"));

        assertEquals(100, sentInBurst);
        assertEquals(101, host.processes.calls(new PluginId("busy")).stream().filter(call -> call.hook() == Hook.ON_REQUEST).count());
        assertEquals(10, host.recorded.stream().filter(execution -> execution.outcome() == CallOutcome.RATE_LIMITED).count());
        assertEquals(101, host.recorded.stream().filter(execution -> execution.outcome() == CallOutcome.OK).count());
    }

    @Test
    void thePipelineWaitsForTheStartupRound() throws Exception {
        active("early", "", answering("{\"metadata\": {\"early\": true}}"));
        host.reboot();

        CompletableFuture<JsonObject> answer = CompletableFuture.supplyAsync(
                () -> host.services.pipeline().run(Hook.ON_REQUEST, json("{\"ctx\": {}}")));
        Thread.sleep(300);
        boolean answeredBeforeTheRound = answer.isDone();
        host.services.startup().startAll();

        assertFalse(answeredBeforeTheRound, "answered before the startup round ran");
        assertEquals("{\"early\":true}", answer.get(5, TimeUnit.SECONDS).get("metadata").orElseThrow().toJson());
    }
}
