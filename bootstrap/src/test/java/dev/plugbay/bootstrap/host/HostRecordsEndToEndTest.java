package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.number;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.host.DurationPercentiles;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RUNTIME.md "Metrics and executions" on the packaged configuration with a real Node plugin, over
 * HTTP: lifecycle hooks become executions and metrics, kept in the H2 file across a restart of the
 * server and an upgrade, exported to {@code /prometheus}, and removed by uninstall.
 */
class HostRecordsEndToEndTest {

    private static final Pattern MILLIS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    @TempDir
    Path home;

    @TempDir
    Path sources;

    private static List<JsonValue> executions(HostOperator operator) {
        return elements(member(operator.call(HttpRequest.GET("/api/plugins/request-logger/executions?limit=100"), 200), "executions"));
    }

    private static List<String> hooks(HostOperator operator) {
        return executions(operator).stream().map(execution -> text(execution, "hook") + " " + text(execution, "outcome")).toList();
    }

    private static List<JsonValue> metrics(HostOperator operator) {
        return elements(member(operator.call(HttpRequest.GET("/api/plugins/request-logger/metrics"), 200), "metrics"));
    }

    /** Each row as {@code hook calls/errors}. */
    private static List<String> calls(HostOperator operator) {
        return metrics(operator).stream().map(row -> text(row, "hook") + " " + number(row, "calls") + "/" + number(row, "errors"))
                .toList();
    }

    @Test
    void lifecycleHooksAreExecutionsAndMetricsThatSurviveARestartAndAnUpgradeAndGoWithUninstall() {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(server);
            operator.install(HostOperator.fixture("request-logger-1.0.0", sources), 201);
            operator.activate("request-logger");
            operator.call(HttpRequest.POST("/api/plugins/request-logger/deactivate", ""), 200);
            operator.activate("request-logger");

            assertEquals(List.of("onActivate ok", "onDeactivate ok", "onActivate ok", "onInstall ok"), hooks(operator));
            List<JsonValue> executions = executions(operator);
            JsonValue newest = executions.get(0);
            assertTrue(MILLIS.matcher(text(newest, "startedAt")).matches(), newest.toJson());
            assertEquals(JsonNull.INSTANCE, member(newest, "error"));
            JsonValue summary = member(operator.call(HttpRequest.GET("/api/plugins/request-logger/executions?limit=1"), 200), "summary");
            long total = executions.stream().mapToLong(execution -> number(execution, "durationMs")).sum();
            assertEquals("{\"totalCalls\":4,\"successCount\":4,\"failureCount\":0,\"avgDurationMs\":" + Math.round(total / 4.0) + "}",
                    summary.toJson());

            assertEquals(List.of("onActivate 2/0", "onDeactivate 1/0", "onInstall 1/0"), calls(operator));
            JsonValue activations = metrics(operator).get(0);
            assertEquals(text(newest, "startedAt"), text(activations, "lastCalledAt"));
            Optional<DurationPercentiles> expected = DurationPercentiles.nearestRank(executions.stream()
                    .filter(execution -> text(execution, "hook").equals("onActivate")).map(execution -> number(execution, "durationMs"))
                    .toList());
            assertEquals(expected.orElseThrow().p50Ms(), number(activations, "p50Ms"));
            assertEquals(expected.orElseThrow().p95Ms(), number(activations, "p95Ms"));
            assertEquals(expected.orElseThrow().p99Ms(), number(activations, "p99Ms"));

            String prometheus = HttpCalls.body(HttpCalls.exchange(server.client(), HttpRequest.GET("/prometheus")));
            assertTrue(prometheus.contains("plugbay_plugin_calls_seconds_count{hook=\"onActivate\",plugin=\"request-logger\"} 2\n"),
                    prometheus);
            assertTrue(prometheus.contains(
                    "plugbay_plugin_outcomes_total{hook=\"onDeactivate\",outcome=\"ok\",plugin=\"request-logger\"} 1.0\n"), prometheus);
        }

        try (PackagedServer restarted = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(restarted);
            assertEquals(List.of("onActivate ok", "onDeactivate ok", "onActivate ok", "onDeactivate ok", "onActivate ok",
                    "onInstall ok"), hooks(operator), "the shutdown's onDeactivate and the restart's onActivate, after the kept ones");
            assertEquals(List.of("onActivate 3/0", "onDeactivate 2/0", "onInstall 1/0"), calls(operator));

            operator.install(HostOperator.fixture("request-logger-1.1.0", sources), 200);
            assertEquals(List.of("onActivate 4/0", "onDeactivate 3/0", "onInstall 2/0"), calls(operator));

            operator.call(HttpRequest.DELETE("/api/plugins/request-logger"), 200);
            operator.call(HttpRequest.GET("/api/plugins/request-logger/metrics"), 404);
            operator.install(HostOperator.fixture("request-logger-1.0.0", sources.resolve("again")), 201);
            assertEquals(List.of("onInstall 1/0"), calls(operator));
            assertEquals(List.of("onInstall ok"), hooks(operator));
        }
    }
}
