package dev.plugbay.domain.host.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.HookFailure;
import dev.plugbay.domain.manifest.Priority;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Hook pipeline", its vectors (OmniRoute's V-O-54…63) and the failure policy, over scripted handlers. */
class HookPipelineTest {

    private static final Instant AT = Instant.parse("2026-07-03T10:00:00Z");

    /** Each plugin's handler: payload in, how the call ended out. Every call is kept in order. */
    private final Map<String, Function<JsonObject, HandlerCall>> scripts = new HashMap<>();
    private final List<String> called = new ArrayList<>();
    private final List<JsonObject> payloads = new ArrayList<>();
    private final HookPipeline pipeline = new HookPipeline((participant, hook, payload) -> {
        synchronized (called) {
            called.add(participant.plugin().value());
            payloads.add(payload);
        }
        return CompletableFuture.completedFuture(scripts.get(participant.plugin().value()).apply(payload));
    });

    private static Participant open(String name, int priority) {
        return new Participant(new PluginId(name), new Priority(priority), HookFailure.OPEN, JsonObject.EMPTY);
    }

    private static Participant closed(String name, int priority) {
        return new Participant(new PluginId(name), new Priority(priority), HookFailure.CLOSED, JsonObject.EMPTY);
    }

    private void answers(String name, String result) {
        scripts.put(name, payload -> HandlerCall.answered(AT, 3, json(result)));
    }

    private void fails(String name, CallOutcome outcome) {
        scripts.put(name, payload -> HandlerCall.failed(AT, 7, outcome, "it went wrong"));
    }

    private static JsonValue json(String text) {
        return JsonReader.parse(text);
    }

    private static JsonObject body(String text) {
        return (JsonObject) json(text);
    }

    private PipelineRun run(Hook hook, String body, Participant... participants) {
        return pipeline.run(HookRequest.read(hook, body(body)), List.of(participants));
    }

    @Test
    void priorities200_10_100RunIn10_100_200Order() {
        answers("a", "null");
        answers("b", "null");
        answers("c", "null");

        run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("a", 200), open("b", 10), open("c", 100));

        assertEquals(List.of("b", "c", "a"), called);
    }

    @Test
    void equalPrioritiesRunByName() {
        answers("zeta", "null");
        answers("alpha", "null");
        answers("mid", "null");

        run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("zeta", 100), open("alpha", 100), open("mid", 50));

        assertEquals(List.of("mid", "alpha", "zeta"), called);
    }

    @Test
    void aBodyReplacesTheBodyAndMetadataIsMergedKeyByKey() {
        answers("p1", "{\"body\": {\"modified\": true}}");
        answers("p2", "{\"metadata\": {\"key\": \"value\"}}");

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {\"body\": {\"original\": true}}}", open("p1", 1), open("p2", 2));

        assertEquals("{\"blocked\":false,\"body\":{\"modified\":true},\"metadata\":{\"key\":\"value\"},\"executions\":["
                + "{\"plugin\":\"p1\",\"outcome\":\"ok\",\"durationMs\":3},{\"plugin\":\"p2\",\"outcome\":\"ok\",\"durationMs\":3}]}",
                run.answer().toJson());
    }

    @Test
    void eachHandlerSeesTheBodyThePreviousOneLeft() {
        Function<JsonObject, HandlerCall> increment = payload -> {
            long value = ((JsonNumber) ((JsonObject) payload.get("body").orElseThrow()).get("value")
                    .orElseThrow()).value().longValueExact();
            return HandlerCall.answered(AT, 1, json("{\"body\": {\"value\": " + (value + 1) + "}}"));
        };
        scripts.put("a", increment);
        scripts.put("b", increment);

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {\"body\": {\"value\": 0}}}", open("a", 1), open("b", 2));

        assertEquals("{\"value\":1}", payloads.get(1).get("body").orElseThrow().toJson(), "B sees 1");
        assertEquals("{\"value\":2}", run.answer().get("body").orElseThrow().toJson());
    }

    @Test
    void metadataMergesOverTheCallersAndABodyOfNullReplacesTheBody() {
        answers("a", "{\"body\": null, \"metadata\": {\"b\": 2, \"c\": 3}}");

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {\"body\": \"x\", \"metadata\": {\"a\": 1, \"b\": 1}}}", open("a", 1));

        assertEquals("null", run.answer().get("body").orElseThrow().toJson());
        assertEquals("{\"a\":1,\"b\":2,\"c\":3}", run.answer().get("metadata").orElseThrow().toJson());
    }

    @Test
    void aBlockerStopsTheChainAndTheLaterPluginIsNotCalled() {
        answers("p1", "{\"metadata\": {\"seen\": 1}}");
        answers("p2", "{\"blocked\": true, \"metadata\": {\"why\": \"budget\"}}");
        answers("p3", "null");

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {\"body\": 1}}", open("p1", 1), open("p2", 2), open("p3", 3));

        assertEquals(List.of("p1", "p2"), called);
        assertEquals("{\"blocked\":true,\"plugin\":\"p2\",\"status\":403,"
                + "\"response\":{\"error\":{\"message\":\"Request blocked by plugin\",\"type\":\"plugin_block\"}},"
                + "\"body\":1,\"metadata\":{\"seen\":1,\"why\":\"budget\"},\"executions\":["
                + "{\"plugin\":\"p1\",\"outcome\":\"ok\",\"durationMs\":3},{\"plugin\":\"p2\",\"outcome\":\"blocked\",\"durationMs\":3}]}",
                run.answer().toJson());
        assertEquals(List.of(CallOutcome.OK, CallOutcome.BLOCKED), run.executions().stream().map(Execution::outcome).toList());
    }

    @Test
    void aBlockersResponseAndStatusIn400To599AreKept() {
        answers("p", "{\"blocked\": true, \"status\": 429, \"response\": {\"error\": \"slow down\"}}");

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("p", 1));

        assertEquals("429", run.answer().get("status").orElseThrow().toJson());
        assertEquals("{\"error\":\"slow down\"}", run.answer().get("response").orElseThrow().toJson());
    }

    @Test
    void aStatusOutside400To599OrNotAnIntegerIs403() {
        for (String status : List.of("200", "399", "600", "429.5", "\"429\"", "null")) {
            assertEquals(403, HookPipeline.blockStatus(Optional.of(json(status))), status);
        }
        assertEquals(400, HookPipeline.blockStatus(Optional.of(json("400"))));
        assertEquals(599, HookPipeline.blockStatus(Optional.of(json("599.0"))));
        assertEquals(403, HookPipeline.blockStatus(Optional.empty()));
    }

    @Test
    void blockedMustBeTrueItselfToBlock() {
        answers("p", "{\"blocked\": \"yes\"}");
        answers("q", "{\"blocked\": false}");

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("p", 1), open("q", 2));

        assertEquals("false", run.answer().get("blocked").orElseThrow().toJson());
        assertEquals(List.of("p", "q"), called);
    }

    @Test
    void aThrowingFirstHandlerIsSkippedAndTheSecondStillRuns() {
        fails("first", CallOutcome.ERROR);
        answers("second", "{\"metadata\": {\"ran\": true}}");

        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("first", 1), open("second", 2));

        assertEquals(List.of("first", "second"), called);
        assertEquals("{\"blocked\":false,\"body\":null,\"metadata\":{\"ran\":true},\"executions\":["
                + "{\"plugin\":\"first\",\"outcome\":\"error\",\"durationMs\":7,\"error\":\"it went wrong\"},"
                + "{\"plugin\":\"second\",\"outcome\":\"ok\",\"durationMs\":3}]}", run.answer().toJson());
    }

    @Test
    void withNoParticipantTheCtxComesBackAsIs() {
        PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {}}");

        assertEquals("{\"blocked\":false,\"body\":null,\"metadata\":{},\"executions\":[]}", run.answer().toJson());
        assertEquals(List.of(), run.executions());
    }

    @Test
    void eachHandlerGetsTheCallersCtxWithTheCurrentPairAndItsOwnConfig() {
        answers("a", "{\"body\": \"changed\"}");
        answers("b", "null");
        Participant configured = new Participant(new PluginId("b"), new Priority(2), HookFailure.OPEN, body("{\"level\": \"info\"}"));

        run(Hook.ON_REQUEST, "{\"ctx\": {\"requestId\": \"r1\", \"headers\": {\"x\": \"1\"}, \"config\": {\"forged\": true}}}",
                open("a", 1), configured);

        assertEquals("{\"requestId\":\"r1\",\"headers\":{\"x\":\"1\"},\"config\":{\"level\":\"info\"},\"body\":\"changed\","
                + "\"metadata\":{}}", payloads.get(1).toJson());
    }

    @Test
    void everyFailureOfAnOpenPluginIsSkipped() {
        for (CallOutcome failure : List.of(CallOutcome.ERROR, CallOutcome.TIMEOUT, CallOutcome.CRASHED,
                CallOutcome.RATE_LIMITED, CallOutcome.UNAVAILABLE)) {
            called.clear();
            fails("bad", failure);
            answers("good", "{\"metadata\": {\"ok\": 1}}");

            PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("bad", 1), open("good", 2));

            assertEquals(List.of("bad", "good"), called, failure.wireName());
            assertEquals("false", run.answer().get("blocked").orElseThrow().toJson());
            assertEquals(List.of(failure, CallOutcome.OK), run.executions().stream().map(Execution::outcome).toList());
        }
    }

    @Test
    void everyFailureOfAClosedPluginBlocksTheRequestWith503() {
        for (CallOutcome failure : List.of(CallOutcome.ERROR, CallOutcome.TIMEOUT, CallOutcome.CRASHED,
                CallOutcome.RATE_LIMITED, CallOutcome.UNAVAILABLE)) {
            called.clear();
            answers("first", "{\"body\": {\"n\": 1}}");
            fails("strict", failure);
            answers("after", "null");

            PipelineRun run = run(Hook.ON_REQUEST, "{\"ctx\": {}}", open("first", 1), closed("strict", 2), open("after", 3));

            assertEquals(List.of("first", "strict"), called, failure.wireName());
            assertEquals("{\"blocked\":true,\"plugin\":\"strict\",\"status\":503,\"response\":{\"error\":"
                    + "{\"message\":\"Request blocked: plugin 'strict' failed\",\"type\":\"plugin_failure\"}},"
                    + "\"body\":{\"n\":1},\"metadata\":{},\"executions\":[{\"plugin\":\"first\",\"outcome\":\"ok\",\"durationMs\":3},"
                    + "{\"plugin\":\"strict\",\"outcome\":\"" + failure.wireName() + "\",\"durationMs\":7,\"error\":\"it went wrong\"}]}",
                    run.answer().toJson());
        }
    }

    @Test
    void onResponseChainsTheResponse() {
        answers("a", "{\"response\": {\"step\": \"a\"}}");
        answers("b", "{\"other\": 1}");
        answers("c", "null");

        PipelineRun run = run(Hook.ON_RESPONSE, "{\"ctx\": {\"requestId\": \"r\"}, \"response\": {\"status\": 200}}",
                open("a", 1), open("b", 2), open("c", 3));

        assertEquals("{\"ctx\":{\"requestId\":\"r\",\"config\":{}},\"response\":{\"step\":\"a\"}}", payloads.get(1).toJson());
        assertEquals("{\"blocked\":false,\"response\":{\"step\":\"a\"},\"executions\":["
                + "{\"plugin\":\"a\",\"outcome\":\"ok\",\"durationMs\":3},{\"plugin\":\"b\",\"outcome\":\"ok\",\"durationMs\":3},"
                + "{\"plugin\":\"c\",\"outcome\":\"ok\",\"durationMs\":3}]}", run.answer().toJson());
    }

    @Test
    void onResponseSkipsAnOpenFailureAndAClosedOneWithholdsTheResponseWith502() {
        fails("loose", CallOutcome.TIMEOUT);
        answers("a", "{\"response\": \"changed\"}");
        fails("strict", CallOutcome.CRASHED);
        answers("late", "null");

        PipelineRun run = run(Hook.ON_RESPONSE, "{\"ctx\": {}, \"response\": \"original\"}",
                open("loose", 1), open("a", 2), closed("strict", 3), open("late", 4));

        assertEquals(List.of("loose", "a", "strict"), called);
        assertEquals("{\"blocked\":true,\"plugin\":\"strict\",\"status\":502,\"response\":{\"error\":"
                + "{\"message\":\"Response withheld: plugin 'strict' failed\",\"type\":\"plugin_failure\"}},\"executions\":["
                + "{\"plugin\":\"loose\",\"outcome\":\"timeout\",\"durationMs\":7,\"error\":\"it went wrong\"},"
                + "{\"plugin\":\"a\",\"outcome\":\"ok\",\"durationMs\":3},"
                + "{\"plugin\":\"strict\",\"outcome\":\"crashed\",\"durationMs\":7,\"error\":\"it went wrong\"}]}",
                run.answer().toJson());
    }

    @Test
    void onErrorRunsEveryHandlerIgnoresResultsAndAClosedFailureChangesNothing() {
        fails("strict", CallOutcome.ERROR);
        answers("a", "{\"blocked\": true}");
        answers("b", "null");

        PipelineRun run = run(Hook.ON_ERROR, "{\"ctx\": {\"requestId\": \"r\"}, \"error\": {\"message\": \"boom\"}}",
                closed("strict", 1), open("a", 2), open("b", 3));

        assertEquals(List.of("strict", "a", "b"), called);
        assertEquals("{\"ctx\":{\"requestId\":\"r\",\"config\":{}},\"error\":{\"message\":\"boom\"}}", payloads.get(2).toJson());
        assertEquals("{\"executions\":[{\"plugin\":\"strict\",\"outcome\":\"error\",\"durationMs\":7,\"error\":\"it went wrong\"},"
                + "{\"plugin\":\"a\",\"outcome\":\"ok\",\"durationMs\":3},{\"plugin\":\"b\",\"outcome\":\"ok\",\"durationMs\":3}]}",
                run.answer().toJson());
    }

    @Test
    void onErrorStartsEveryCallBeforeWaitingForAny() {
        List<CompletableFuture<HandlerCall>> pending = new ArrayList<>();
        HookPipeline waiting = new HookPipeline((participant, hook, payload) -> {
            CompletableFuture<HandlerCall> call = new CompletableFuture<>();
            pending.add(call);
            return call;
        });
        CompletableFuture<PipelineRun> run = CompletableFuture.supplyAsync(() -> waiting.run(
                HookRequest.read(Hook.ON_ERROR, body("{\"ctx\": {}, \"error\": {\"message\": \"m\"}}")),
                List.of(open("a", 1), open("b", 2))));

        while (pending.size() < 2) {
            Thread.onSpinWait();
        }
        pending.get(1).complete(HandlerCall.answered(AT, 1, json("null")));
        pending.get(0).complete(HandlerCall.failed(AT, 9, CallOutcome.TIMEOUT, "late"));

        assertEquals(List.of("a", "b"), run.join().executions().stream().map(execution -> execution.plugin().value()).toList());
    }

    @Test
    void executionsCarryTheHookTheStartAndTheDuration() {
        answers("a", "null");

        Execution execution = run(Hook.ON_RESPONSE, "{\"ctx\": {}, \"response\": 1}", open("a", 1)).executions().get(0);

        assertEquals(new Execution(new PluginId("a"), Hook.ON_RESPONSE, AT, 3, CallOutcome.OK, null), execution);
    }
}
