package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.host.CallOutcome;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** HOST.md's executions and metrics routes over HTTP, on the in-memory host ports with executions recorded by the test. */
@MicronautTest
class HostPluginRecordsApiTest extends ApiTestSupport {

    private static final Instant T0 = Instant.parse("2026-07-03T10:00:00Z");

    @Inject
    HostBench bench;

    private Api.Reply admin(MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(api.token(unique("operator"), "ADMIN")));
    }

    /** An installed plugin that nothing has called yet. */
    private String installed() {
        String name = unique("recorded-");
        String manifest = """
                {"id": "%s", "version": "1.0.0", "author": "plugbay", "main": "index.mjs", "hooks": {"onRequest": true}}"""
                .formatted(name);
        String path = bench.store.source(Map.of("plugin.json", manifest, "index.mjs", "export default {}")).value();
        Api.Reply installed = admin(HttpRequest.POST("/api/plugins", "{\"path\": " + Json.quoted(path) + "}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, installed.status(), installed::toString);
        return name;
    }

    private void record(String plugin, Hook hook, int millis, long durationMs, CallOutcome outcome, String error) {
        bench.services.recorder().record(new Execution(new PluginId(plugin), hook, T0.plusMillis(millis), durationMs, outcome, error));
    }

    @Test
    void executionsComeNewestFirstUpToTheLimitWithTheSummaryOfAllKept() {
        String name = installed();
        for (int i = 1; i <= 25; i++) {
            record(name, Hook.ON_REQUEST, i, i, i % 5 == 0 ? CallOutcome.ERROR : i % 7 == 0 ? CallOutcome.BLOCKED : CallOutcome.OK,
                    i % 5 == 0 ? "failed " + i : null);
        }
        record(name, Hook.ON_REQUEST, 26, 0, CallOutcome.RATE_LIMITED, null);

        Api.Reply three = admin(HttpRequest.GET("/api/plugins/" + name + "/executions?limit=3"));
        Api.Reply defaults = admin(HttpRequest.GET("/api/plugins/" + name + "/executions"));

        assertEquals(200, three.status(), three::toString);
        assertEquals("""
                {"executions":[\
                {"hook":"onRequest","startedAt":"2026-07-03T10:00:00.025Z","durationMs":25,"outcome":"error","error":"failed 25"},\
                {"hook":"onRequest","startedAt":"2026-07-03T10:00:00.024Z","durationMs":24,"outcome":"ok","error":null},\
                {"hook":"onRequest","startedAt":"2026-07-03T10:00:00.023Z","durationMs":23,"outcome":"ok","error":null}],\
                "summary":{"totalCalls":25,"successCount":20,"failureCount":5,"avgDurationMs":13}}""", three.body());
        assertEquals(20, Json.elements(defaults.json(), "executions").size());
        assertEquals("2026-07-03T10:00:00.006Z", Json.text(Json.elements(defaults.json(), "executions").get(19), "startedAt"));
    }

    @Test
    void metricsHaveOneRowPerHookSortedByHookWithNearestRankPercentiles() {
        String name = installed();
        for (int i = 1; i <= 20; i++) {
            record(name, Hook.ON_REQUEST, i, i * 10L, i == 3 ? CallOutcome.TIMEOUT : i == 4 ? CallOutcome.CRASHED : CallOutcome.OK, null);
        }
        record(name, Hook.ON_REQUEST, 30, 0, CallOutcome.UNAVAILABLE, null);
        record(name, Hook.ON_ACTION, 40, 0, CallOutcome.RATE_LIMITED, null);
        record(name, Hook.ON_ACTIVATE, 50, 7, CallOutcome.BLOCKED, null);

        Api.Reply metrics = admin(HttpRequest.GET("/api/plugins/" + name + "/metrics"));

        assertEquals(200, metrics.status(), metrics::toString);
        assertEquals("""
                {"metrics":[\
                {"hook":"onAction","calls":0,"errors":0,"timeouts":0,"blocked":0,"rateLimited":1,"unavailable":0,\
                "lastCalledAt":"2026-07-03T10:00:00.040Z","p50Ms":null,"p95Ms":null,"p99Ms":null},\
                {"hook":"onActivate","calls":1,"errors":0,"timeouts":0,"blocked":1,"rateLimited":0,"unavailable":0,\
                "lastCalledAt":"2026-07-03T10:00:00.050Z","p50Ms":7,"p95Ms":7,"p99Ms":7},\
                {"hook":"onRequest","calls":20,"errors":1,"timeouts":1,"blocked":0,"rateLimited":0,"unavailable":1,\
                "lastCalledAt":"2026-07-03T10:00:00.030Z","p50Ms":100,"p95Ms":190,"p99Ms":200}]}""", metrics.body());
    }

    @Test
    void aPluginNeverCalledHasNoRowsAndAnEmptySummary() {
        String name = installed();

        assertEquals("{\"metrics\":[]}", admin(HttpRequest.GET("/api/plugins/" + name + "/metrics")).body());
        assertEquals("{\"executions\":[],\"summary\":{\"totalCalls\":0,\"successCount\":0,\"failureCount\":0,\"avgDurationMs\":0}}",
                admin(HttpRequest.GET("/api/plugins/" + name + "/executions")).body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "limit=", "limit=1&limit=2", "limit=-1", "limit=1000"})
    void aBadLimitIs400(String query) {
        Api.Reply refused = admin(HttpRequest.GET("/api/plugins/" + installed() + "/executions?" + query));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("INVALID_REQUEST", Json.text(refused.json(), "error"));
        assertEquals("'limit' must be given once, as an integer from 1 to 100", Json.text(refused.json(), "message"));
    }

    @Test
    void unknownPluginsAreNotFoundAndOnlyAdminsMayRead() {
        for (String path : new String[] {"/api/plugins/ghost/executions", "/api/plugins/ghost/metrics",
            "/api/plugins/Not%20A%20Name/metrics"}) {
            Api.Reply missing = admin(HttpRequest.GET(path));
            assertEquals(404, missing.status(), path);
            assertEquals("PLUGIN_NOT_FOUND", Json.text(missing.json(), "error"), path);
        }
        String name = installed();
        Api.Reply user = api.send(HttpRequest.GET("/api/plugins/" + name + "/metrics").bearerAuth(api.token(unique("user"))));
        assertEquals(403, user.status());
        assertEquals("PERMISSION_DENIED", Json.text(user.json(), "error"));
        assertEquals(401, api.send(HttpRequest.GET("/api/plugins/" + name + "/executions")).status());
    }
}
