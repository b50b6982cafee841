package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.HookFailure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * RUNTIME.md "Hook pipeline": runs one request through its participants in {@link Participant#ORDER}.
 * onRequest and onResponse chain, one handler after the other; onError calls every handler at once
 * and ignores their results. A failing handler is skipped ({@code open}) or stops the pipeline
 * ({@code closed}); a blocking one stops onRequest.
 */
public final class HookPipeline {

    static final int DEFAULT_BLOCK_STATUS = 403;
    static final int CLOSED_REQUEST_STATUS = 503;
    static final int CLOSED_RESPONSE_STATUS = 502;
    private static final BigDecimal LOWEST_BLOCK_STATUS = BigDecimal.valueOf(400);
    private static final BigDecimal HIGHEST_BLOCK_STATUS = BigDecimal.valueOf(599);

    private final Handlers handlers;

    public HookPipeline(Handlers handlers) {
        this.handlers = handlers;
    }

    public PipelineRun run(HookRequest request, List<Participant> participants) {
        List<Participant> ordered = participants.stream().sorted(Participant.ORDER).toList();
        return switch (request.hook()) {
            case ON_REQUEST -> onRequest(request.ctx(), ordered);
            case ON_RESPONSE -> onResponse(request.ctx(), request.second().orElseThrow(), ordered);
            case ON_ERROR -> onError(request.ctx(), request.second().orElseThrow(), ordered);
            default -> throw new IllegalArgumentException(request.hook().wireName() + " does not run as a pipeline");
        };
    }

    private PipelineRun onRequest(JsonObject ctx, List<Participant> participants) {
        JsonValue body = ctx.get("body").orElse(JsonNull.INSTANCE);
        Map<String, JsonValue> metadata = new LinkedHashMap<>(
                ctx.get("metadata").map(JsonObject.class::cast).orElse(JsonObject.EMPTY).members());
        List<Execution> executions = new ArrayList<>();
        for (Participant participant : participants) {
            JsonObject payload = ctx.with("body", body).with("metadata", new JsonObject(metadata))
                    .with("config", participant.config());
            HandlerCall call = await(handlers.call(participant, Hook.ON_REQUEST, payload));
            if (!call.ok()) {
                executions.add(execution(participant, Hook.ON_REQUEST, call, call.outcome()));
                if (participant.failure() == HookFailure.CLOSED) {
                    return blocked(participant, CLOSED_REQUEST_STATUS,
                            failure("Request blocked: plugin '" + participant.plugin() + "' failed"),
                            Optional.of(requestState(body, metadata)), executions);
                }
                continue;
            }
            if (call.result() instanceof JsonObject result) {
                if (result.has("body")) {
                    body = result.get("body").orElseThrow();
                }
                result.get("metadata").filter(JsonObject.class::isInstance)
                        .ifPresent(merged -> metadata.putAll(((JsonObject) merged).members()));
                if (result.get("blocked").orElse(JsonBoolean.FALSE).equals(JsonBoolean.TRUE)) {
                    executions.add(execution(participant, Hook.ON_REQUEST, call, CallOutcome.BLOCKED));
                    JsonValue response = result.get("response").orElseGet(HookPipeline::defaultBlockResponse);
                    return blocked(participant, blockStatus(result.get("status")), response,
                            Optional.of(requestState(body, metadata)), executions);
                }
            }
            executions.add(execution(participant, Hook.ON_REQUEST, call, CallOutcome.OK));
        }
        Map<String, JsonValue> answer = new LinkedHashMap<>();
        answer.put("blocked", JsonBoolean.FALSE);
        answer.putAll(requestState(body, metadata));
        return answer(answer, executions);
    }

    private PipelineRun onResponse(JsonObject ctx, JsonValue response, List<Participant> participants) {
        JsonValue current = response;
        List<Execution> executions = new ArrayList<>();
        for (Participant participant : participants) {
            JsonObject payload = withCtx(ctx, participant).with("response", current);
            HandlerCall call = await(handlers.call(participant, Hook.ON_RESPONSE, payload));
            executions.add(execution(participant, Hook.ON_RESPONSE, call, call.outcome()));
            if (!call.ok() && participant.failure() == HookFailure.CLOSED) {
                return blocked(participant, CLOSED_RESPONSE_STATUS,
                        failure("Response withheld: plugin '" + participant.plugin() + "' failed"), Optional.empty(),
                        executions);
            }
            if (call.ok() && call.result() instanceof JsonObject result && result.has("response")) {
                current = result.get("response").orElseThrow();
            }
        }
        Map<String, JsonValue> answer = new LinkedHashMap<>();
        answer.put("blocked", JsonBoolean.FALSE);
        answer.put("response", current);
        return answer(answer, executions);
    }

    private PipelineRun onError(JsonObject ctx, JsonValue error, List<Participant> participants) {
        List<CompletionStage<HandlerCall>> calls = new ArrayList<>();
        for (Participant participant : participants) {
            JsonObject payload = withCtx(ctx, participant).with("error", error);
            calls.add(handlers.call(participant, Hook.ON_ERROR, payload));
        }
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            HandlerCall call = await(calls.get(i));
            executions.add(execution(participants.get(i), Hook.ON_ERROR, call, call.outcome()));
        }
        return answer(new LinkedHashMap<>(), executions);
    }

    /** {@code {ctx}} with the participant's config as {@code ctx.config}, replacing any the caller sent. */
    private static JsonObject withCtx(JsonObject ctx, Participant participant) {
        return new JsonObject(Map.of("ctx", ctx.with("config", participant.config())));
    }

    private static HandlerCall await(CompletionStage<HandlerCall> call) {
        return call.toCompletableFuture().join();
    }

    private static Map<String, JsonValue> requestState(JsonValue body, Map<String, JsonValue> metadata) {
        Map<String, JsonValue> state = new LinkedHashMap<>();
        state.put("body", body);
        state.put("metadata", new JsonObject(metadata));
        return state;
    }

    private static PipelineRun blocked(Participant participant, int status, JsonValue response,
            Optional<Map<String, JsonValue>> requestState, List<Execution> executions) {
        Map<String, JsonValue> answer = new LinkedHashMap<>();
        answer.put("blocked", JsonBoolean.TRUE);
        answer.put("plugin", new JsonString(participant.plugin().value()));
        answer.put("status", JsonNumber.of(status));
        answer.put("response", response);
        requestState.ifPresent(answer::putAll);
        return answer(answer, executions);
    }

    private static PipelineRun answer(Map<String, JsonValue> members, List<Execution> executions) {
        members.put("executions", new JsonArray(executions.stream().<JsonValue>map(HookPipeline::executionJson).toList()));
        return new PipelineRun(new JsonObject(members), executions);
    }

    /** The handler's integer {@code status} when it lies in 400–599, else 403. */
    static int blockStatus(Optional<JsonValue> status) {
        if (status.orElse(null) instanceof JsonNumber number
                && number.value().stripTrailingZeros().scale() <= 0
                && number.value().compareTo(LOWEST_BLOCK_STATUS) >= 0
                && number.value().compareTo(HIGHEST_BLOCK_STATUS) <= 0) {
            return number.value().intValueExact();
        }
        return DEFAULT_BLOCK_STATUS;
    }

    static JsonValue defaultBlockResponse() {
        return errorBody("Request blocked by plugin", "plugin_block");
    }

    private static JsonValue failure(String message) {
        return errorBody(message, "plugin_failure");
    }

    private static JsonValue errorBody(String message, String type) {
        Map<String, JsonValue> error = new LinkedHashMap<>();
        error.put("message", new JsonString(message));
        error.put("type", new JsonString(type));
        return new JsonObject(Map.of("error", new JsonObject(error)));
    }

    private static Execution execution(Participant participant, Hook hook, HandlerCall call, CallOutcome outcome) {
        return new Execution(participant.plugin(), hook, call.startedAt(), call.durationMs(), outcome, call.error().orElse(null));
    }

    private static JsonValue executionJson(Execution execution) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("plugin", new JsonString(execution.plugin().value()));
        members.put("outcome", new JsonString(execution.outcome().wireName()));
        members.put("durationMs", JsonNumber.of(execution.durationMs()));
        if (execution.error() != null) {
            members.put("error", new JsonString(execution.error()));
        }
        return new JsonObject(members);
    }
}
