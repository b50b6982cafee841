package dev.plugbay.bootstrap.dashboard;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HOST.md's host API answered inside the browser (Playwright routes), in the shapes the server's
 * own routes answer (HostPluginController): one code plugin, request-logger, whose state moves as
 * the calls say. It gives the pages fixed executions, metrics and catalog answers and a plugin
 * with an unenforced permission, which a real sandbox may not produce; {@link HostDashboardEndToEndTest}
 * drives the real routes.
 * Records what the page sent.
 */
final class FakeHostApi {

    record Call(String method, String path, JsonValue body) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> logLines = new CopyOnWriteArrayList<>();
    volatile boolean installed;
    volatile String status = "installed";
    volatile String config = "{}";
    volatile String marketplaceUrl = null;
    /** False: the executions and metrics routes answer 404 ROUTE_NOT_FOUND, as on a server without them. */
    volatile boolean runtimeViews = true;

    void serve(Page page) {
        page.route("**/api/plugins**", this::answer);
        page.route("**/api/settings", this::answer);
    }

    private void answer(Route route) {
        String method = route.request().method();
        String path = URI.create(route.request().url()).getPath();
        String body = route.request().postData();
        calls.add(new Call(method, path, body == null || body.isEmpty() ? null : JsonReader.parse(body)));
        switch (method + " " + path.replace("/api/plugins/request-logger", "{plugin}")) {
            case "GET /api/plugins" -> ok(route, "{\"plugins\": [" + (installed ? item() : "") + "]}");
            case "POST /api/plugins" -> {
                installed = true;
                json(route, 201, "{\"plugin\": " + detail() + ", \"warnings\": []}");
            }
            case "GET {plugin}" -> ok(route, "{\"plugin\": " + detail() + "}");
            case "POST {plugin}/activate" -> {
                status = "active";
                logLines.add("request-logger started");
                ok(route, "{\"success\": true, \"message\": \"Plugin 'request-logger' activated\", \"plugin\": " + item() + "}");
            }
            case "POST {plugin}/deactivate" -> {
                status = "inactive";
                ok(route, "{\"success\": true, \"message\": \"Plugin 'request-logger' deactivated\", \"plugin\": " + item() + "}");
            }
            case "DELETE {plugin}" -> {
                installed = false;
                ok(route, "{\"success\": true, \"message\": \"Plugin 'request-logger' uninstalled\", \"warnings\": []}");
            }
            case "GET {plugin}/config" -> ok(route, "{\"config\": " + config + ", \"configSchema\": " + SCHEMA
                    + ", \"effective\": {\"level\": \"info\", \"maxLines\": 10, \"verbose\": false, \"prefix\": \"\"}}");
            case "PUT {plugin}/config" -> putConfig(route, body);
            case "GET {plugin}/logs" -> ok(route, "{\"logs\": [" + String.join(",", logLines.stream().map(line ->
                    "{\"at\": \"2026-07-03T10:00:00.000Z\", \"stream\": \"stdout\", \"line\": " + quoted(line)
                            + ", \"truncated\": false}").toList()) + "]}");
            case "GET {plugin}/executions", "GET {plugin}/metrics" -> {
                if (runtimeViews) {
                    ok(route, path.endsWith("/executions") ? EXECUTIONS : METRICS);
                } else {
                    json(route, 404, NO_ROUTE);
                }
            }
            default -> answerCatalogAndSettings(route, method, path, body);
        }
    }

    private static final String NO_ROUTE = """
            {"success": false, "message": "There is no such route", "error": "ROUTE_NOT_FOUND"}""";

    private static final String EXECUTIONS = """
                    {"executions": [{"hook": "onRequest", "startedAt": "2026-07-03T10:00:01.000Z", "durationMs": 3,
                      "outcome": "ok", "error": null}],
                     "summary": {"totalCalls": 1, "successCount": 1, "failureCount": 0, "avgDurationMs": 3}}""";

    private static final String METRICS = """
                    {"metrics": [{"hook": "onRequest", "calls": 1, "errors": 0, "timeouts": 0, "blocked": 0,
                      "rateLimited": 0, "unavailable": 0, "lastCalledAt": "2026-07-03T10:00:01.000Z",
                      "p50Ms": 3, "p95Ms": 3, "p99Ms": 3}]}""";

    private void answerCatalogAndSettings(Route route, String method, String path, String body) {
        switch (method + " " + path) {
            case "GET /api/plugins/marketplace" -> ok(route, """
                    {"source": "seed", "plugins": [
                      {"name": "request-logger", "version": "1.1.0", "description": "Logs every request", "author": "OmniRoute",
                       "license": "MIT", "tags": ["logging"], "downloadUrl": "", "repository": null, "integrity": null,
                       "sha256": null, "downloads": 120, "rating": 4.5, "verified": true, "lastUpdated": null,
                       "installedVersion": "1.0.0", "hasUpdate": true},
                      {"name": "rate-limiter", "version": "1.0.0", "description": "Limits requests", "author": "OmniRoute",
                       "license": "MIT", "tags": [], "downloadUrl": "", "repository": null, "integrity": null,
                       "sha256": null, "downloads": 80, "rating": 4.0, "verified": true, "lastUpdated": null,
                       "installedVersion": null, "hasUpdate": false}]}""");
            case "POST /api/plugins/marketplace/rate-limiter/install" -> json(route, 201, """
                    {"plugin": {"name": "rate-limiter", "version": "1.0.0"}, "warnings": [], "sha256Verified": true}""");
            case "GET /api/settings" -> ok(route, settings());
            case "PATCH /api/settings" -> patchSettings(route, body);
            default -> json(route, 404, NO_ROUTE);
        }
    }

    private static final String SCHEMA = """
            {"level": {"type": "select", "enum": ["debug", "info", "warn"], "default": "info"},
             "maxLines": {"type": "number", "min": 1, "max": 100, "default": 10, "description": "Lines kept per request"},
             "verbose": {"type": "boolean", "default": false},
             "prefix": {"type": "string", "default": ""}}""";

    private void putConfig(Route route, String body) {
        JsonValue values = ((JsonObject) JsonReader.parse(body)).get("config").orElseThrow();
        JsonValue maxLines = ((JsonObject) values).get("maxLines").orElse(null);
        if (maxLines instanceof JsonNumber number && number.value().intValue() > 100) {
            json(route, 400, """
                    {"success": false, "message": "Invalid config: maxLines: must be at most 100, not %s", "error": "INVALID_CONFIG",
                     "details": [{"field": "maxLines", "pointer": null, "message": "must be at most 100, not %s"}]}"""
                    .formatted(number.toJson(), number.toJson()));
            return;
        }
        config = values.toJson();
        ok(route, "{\"success\": true, \"config\": " + config + "}");
    }

    private void patchSettings(Route route, String body) {
        JsonValue url = ((JsonObject) JsonReader.parse(body)).get("pluginMarketplaceUrl").orElseThrow();
        String text = url instanceof JsonString string ? string.value() : null;
        if (text != null && !text.startsWith("https://raw.githubusercontent.com/")) {
            json(route, 400, """
                    {"success": false, "message": "The host 10.0.0.1 is not allowed", "error": "URL_NOT_ALLOWED"}""");
            return;
        }
        marketplaceUrl = text;
        ok(route, settings());
    }

    private String settings() {
        return "{\"pluginMarketplaceUrl\": " + (marketplaceUrl == null ? "null" : quoted(marketplaceUrl)) + "}";
    }

    private String item() {
        return """
                {"id": "0b6f3c1e-1111-4a2b-9c3d-2e4f5a6b7c8d", "name": "request-logger", "version": "1.0.0",
                 "description": "Logs every request", "author": "OmniRoute", "status": "%s", "enabled": %s,
                 "hooks": ["onRequest"], "permissions": [], "errorMessage": null, "unenforced": ["file-read"],
                 "installedAt": "2026-07-03T10:00:00.000Z", "updatedAt": "2026-07-03T10:00:00.000Z", "activatedAt": null}"""
                .formatted(status, "active".equals(status));
    }

    private String detail() {
        String item = item();
        return item.substring(0, item.lastIndexOf('}')) + """
                , "license": "MIT", "main": "index.js", "source": "local", "tags": [], "config": %s,
                 "configSchema": %s, "integrity": null, "requires": {"host": null, "permissions": []},
                 "pluginDir": "plugins/request-logger",
                 "sandbox": {"network": "namespace", "file-read": "unenforced", "file-write": "node-permission",
                             "env": "env-allowlist", "exec": "node-permission"},
                 "runtime": %s}""".formatted(config, SCHEMA, "active".equals(status) ? """
                {"state": "running", "pid": 4242, "startedAt": "2026-07-03T10:00:01.000Z", "restarts": 0, "nextStartAt": null,
                 "missingHooks": []}""" : """
                {"state": "stopped", "pid": null, "startedAt": null, "restarts": 0, "nextStartAt": null, "missingHooks": []}""");
    }

    private static void ok(Route route, String json) {
        json(route, 200, json);
    }

    private static void json(Route route, int status, String json) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json").setBody(json));
    }

    private static String quoted(String text) {
        return new JsonString(text).toJson();
    }
}
