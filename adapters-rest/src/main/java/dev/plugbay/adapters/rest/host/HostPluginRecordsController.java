package dev.plugbay.adapters.rest.host;

import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.application.port.in.host.HostExecutions;
import dev.plugbay.application.port.in.host.ReadHostPluginExecutionsUseCase;
import dev.plugbay.application.port.in.host.ReadHostPluginMetricsUseCase;
import dev.plugbay.domain.host.DurationPercentiles;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.ExecutionSummary;
import dev.plugbay.domain.host.HookCounters;
import dev.plugbay.domain.host.HookMetrics;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** HOST.md "Routes", executions and metrics: what the runtime recorded of a host plugin's calls (RUNTIME.md). */
@Controller("/api/plugins")
@Secured(HostPluginController.ADMIN)
@Tag(name = "host plugins")
final class HostPluginRecordsController {

    private static final int MAX_EXECUTIONS_LIMIT = 100;
    private static final int DEFAULT_EXECUTIONS_LIMIT = 20;

    private final ReadHostPluginExecutionsUseCase executions;
    private final ReadHostPluginMetricsUseCase metrics;

    HostPluginRecordsController(ReadHostPluginExecutionsUseCase executions, ReadHostPluginMetricsUseCase metrics) {
        this.executions = executions;
        this.metrics = metrics;
    }

    @Operation(summary = "A host plugin's newest executions, newest first, and the summary of its kept executions")
    @Get("/{name}/executions")
    JsonValue executions(@PathVariable String name, HttpRequest<?> request) {
        PluginId id = PluginIds.named(name);
        int limit = QueryLimit.of(request.getParameters().getAll("limit"), DEFAULT_EXECUTIONS_LIMIT, MAX_EXECUTIONS_LIMIT);
        HostExecutions recorded = executions.executions(id, limit);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("executions", new JsonArray(recorded.executions().stream().<JsonValue>map(HostPluginRecordsController::execution)
                .toList()));
        members.put("summary", summary(recorded.summary()));
        return new JsonObject(members);
    }

    @Operation(summary = "A host plugin's metrics: one row per hook ever called, sorted by hook")
    @Get("/{name}/metrics")
    JsonValue metrics(@PathVariable String name) {
        return new JsonObject(Map.of("metrics", new JsonArray(metrics.metrics(PluginIds.named(name)).stream()
                .<JsonValue>map(HostPluginRecordsController::row).toList())));
    }

    private static JsonObject execution(Execution execution) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("hook", HostPluginJson.text(execution.hook().wireName()));
        members.put("startedAt", HostPluginJson.time(execution.startedAt()));
        members.put("durationMs", JsonNumber.of(execution.durationMs()));
        members.put("outcome", HostPluginJson.text(execution.outcome().wireName()));
        members.put("error", execution.error() == null ? JsonNull.INSTANCE : HostPluginJson.text(execution.error()));
        return new JsonObject(members);
    }

    private static JsonObject summary(ExecutionSummary summary) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("totalCalls", JsonNumber.of(summary.totalCalls()));
        members.put("successCount", JsonNumber.of(summary.successCount()));
        members.put("failureCount", JsonNumber.of(summary.failureCount()));
        members.put("avgDurationMs", JsonNumber.of(summary.avgDurationMs()));
        return new JsonObject(members);
    }

    private static JsonObject row(HookMetrics metrics) {
        HookCounters counters = metrics.counters();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("hook", HostPluginJson.text(counters.hook().wireName()));
        members.put("calls", JsonNumber.of(counters.calls()));
        members.put("errors", JsonNumber.of(counters.errors()));
        members.put("timeouts", JsonNumber.of(counters.timeouts()));
        members.put("blocked", JsonNumber.of(counters.blocked()));
        members.put("rateLimited", JsonNumber.of(counters.rateLimited()));
        members.put("unavailable", JsonNumber.of(counters.unavailable()));
        members.put("lastCalledAt", HostPluginJson.time(counters.lastCalledAt()));
        members.put("p50Ms", percentile(metrics.percentiles(), DurationPercentiles::p50Ms));
        members.put("p95Ms", percentile(metrics.percentiles(), DurationPercentiles::p95Ms));
        members.put("p99Ms", percentile(metrics.percentiles(), DurationPercentiles::p99Ms));
        return new JsonObject(members);
    }

    private static JsonValue percentile(Optional<DurationPercentiles> percentiles, ToLongFunction<DurationPercentiles> which) {
        return percentiles.<JsonValue>map(value -> JsonNumber.of(which.applyAsLong(value))).orElse(JsonNull.INSTANCE);
    }
}
