package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.PluginScript;
import dev.plugbay.contracts.memory.PluginScript.Reaction;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HOST.md "Routes", "Views" and "Access" over HTTP, on the in-memory host ports. */
@MicronautTest
class HostPluginApiTest extends ApiTestSupport {

    private static final Pattern MILLIS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    @Inject
    HostBench bench;

    private Api.Reply send(MutableHttpRequest<?> request, String... roles) {
        return api.send(request.bearerAuth(api.token(unique("operator"), roles)));
    }

    private Api.Reply admin(MutableHttpRequest<?> request) {
        return send(request, "ADMIN");
    }

    private static MutableHttpRequest<String> json(MutableHttpRequest<String> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** A plugin folder (on the fake file system) and a script for its fake process; returns its name. */
    private String folder(String name, String version, String reaction) {
        bench.processes.script(new PluginId(name), PluginScript.ready(EnumSet.allOf(Hook.class))
                .reacting((hook, payload) -> {
                    if (hook == Hook.ON_ACTIVATE) {
                        return new Reaction.Log(reaction + " " + ((dev.plugbay.domain.json.JsonObject) payload).get("config")
                                .orElseThrow().toJson(), Reaction.answer(JsonNull.INSTANCE));
                    }
                    return Reaction.answer(JsonNull.INSTANCE);
                }));
        String manifest = """
                {"id": "%s", "version": "%s", "author": "plugbay", "description": "Logs requests", "main": "index.mjs",
                 "hooks": {"onRequest": true, "onActivate": true},
                 "configSchema": {"logLevel": {"type": "select", "enum": ["info", "debug"], "default": "info"}}}"""
                .formatted(name, version);
        return bench.store.source(Map.of("plugin.json", manifest, "index.mjs", "export default {}")).value();
    }

    private Api.Reply install(String path) {
        return admin(json(HttpRequest.POST("/api/plugins", "{\"path\": " + Json.quoted(path) + "}")));
    }

    @Test
    void installActivateConfigureAndReadTheLogs() {
        String name = unique("logger-");
        Api.Reply installed = install(folder(name, "1.0.0", "activated with"));
        assertEquals(201, installed.status(), installed::toString);
        JsonValue detail = Json.member(installed.json(), "plugin");
        assertEquals("installed", Json.text(detail, "status"));
        assertFalse(Json.flag(detail, "enabled"));
        assertEquals("plugins/" + name, Json.text(detail, "pluginDir"));
        assertEquals("local", Json.text(detail, "source"));
        assertEquals("stopped", Json.text(Json.member(detail, "runtime"), "state"));
        assertTrue(MILLIS.matcher(Json.text(detail, "installedAt")).matches(), detail.toJson());
        assertEquals(JsonNull.INSTANCE, Json.member(detail, "activatedAt"));
        assertEquals("[\"onRequest\",\"onActivate\"]", Json.member(detail, "hooks").toJson());

        Api.Reply config = admin(json(HttpRequest.PUT("/api/plugins/" + name + "/config", "{\"config\": {\"logLevel\": \"debug\"}}")));
        assertEquals(200, config.status(), config::toString);
        assertEquals("{\"success\":true,\"config\":{\"logLevel\":\"debug\"}}", config.body());

        Api.Reply activated = admin(HttpRequest.POST("/api/plugins/" + name + "/activate", ""));
        assertEquals(200, activated.status(), activated::toString);
        assertEquals("Plugin '" + name + "' activated", Json.text(activated.json(), "message"));
        assertTrue(Json.flag(Json.member(activated.json(), "plugin"), "enabled"));

        Api.Reply logs = admin(HttpRequest.GET("/api/plugins/" + name + "/logs?limit=500"));
        assertEquals(200, logs.status(), logs::toString);
        List<JsonValue> lines = Json.elements(logs.json(), "logs");
        assertTrue(lines.stream().anyMatch(line -> Json.text(line, "stream").equals("stderr")
                && Json.text(line, "line").equals("activated with {\"logLevel\":\"debug\"}")), logs.body());

        Api.Reply effective = admin(HttpRequest.GET("/api/plugins/" + name + "/config"));
        assertEquals("{\"logLevel\":\"debug\"}", Json.member(effective.json(), "effective").toJson());
        Api.Reply patched = admin(json(HttpRequest.PATCH("/api/plugins/" + name + "/config", "{\"config\": {\"logLevel\": null}}")));
        assertEquals("{\"success\":true,\"config\":{}}", patched.body());

        Api.Reply listed = admin(HttpRequest.GET("/api/plugins?status=active"));
        assertTrue(Json.elements(listed.json(), "plugins").stream().anyMatch(item -> Json.text(item, "name").equals(name)));
        Api.Reply deleted = admin(HttpRequest.DELETE("/api/plugins/" + name));
        assertEquals("{\"success\":true,\"message\":\"Plugin '" + name + "' uninstalled\",\"warnings\":[]}", deleted.body());
        assertEquals(404, admin(HttpRequest.GET("/api/plugins/" + name)).status());
    }

    @Test
    void anUpgradeAnswers200WithUpgradedFromAndTheSameVersionAgainIs409() {
        String name = unique("upgraded-");
        assertEquals(201, install(folder(name, "1.0.0", "x")).status());

        Api.Reply upgrade = install(folder(name, "1.1.0", "x"));
        Api.Reply again = install(folder(name, "1.1.0", "x"));

        assertEquals(200, upgrade.status(), upgrade::toString);
        assertEquals("1.0.0", Json.text(upgrade.json(), "upgradedFrom"));
        assertEquals(409, again.status());
        assertEquals("VERSION_CONFLICT", again.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/plugins/nope", "/api/plugins/NOT_AN_ID", "/api/plugins/nope/config",
        "/api/plugins/nope/logs"})
    void anUnknownOrInvalidNameIsPluginNotFound(String path) {
        Api.Reply reply = admin(HttpRequest.GET(path));

        assertEquals(404, reply.status(), reply::toString);
        assertEquals("PLUGIN_NOT_FOUND", reply.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?status=", "?status=running", "?status=active&status=error"})
    void aBadStatusFilterIsInvalidRequest(String query) {
        Api.Reply reply = admin(HttpRequest.GET("/api/plugins" + query));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_REQUEST", reply.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?limit=0", "?limit=501", "?limit=x", "?limit=1&limit=2"})
    void aBadLogLimitIsInvalidRequest(String query) {
        String name = unique("limited-");
        install(folder(name, "1.0.0", "x"));

        assertEquals(400, admin(HttpRequest.GET("/api/plugins/" + name + "/logs" + query)).status());
    }

    @Test
    void aBadPathOrConfigBodyIsInvalidRequestNamingThePath() {
        Api.Reply relative = install("relative/dir");
        Api.Reply dots = install("/p/../q");
        Api.Reply notAString = admin(json(HttpRequest.POST("/api/plugins", "{\"path\": 7}")));
        Api.Reply noConfig = admin(json(HttpRequest.PUT("/api/plugins/x/config", "{\"config\": []}")));

        for (Api.Reply reply : List.of(relative, dots, notAString)) {
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("path", Json.text(Json.elements(reply.json(), "details").get(0), "field"), reply.body());
        }
        assertEquals(400, noConfig.status());
        assertEquals("INVALID_REQUEST", noConfig.error());
    }

    @Test
    void invalidConfigIsInvalidConfigWithEveryMessage() {
        String name = unique("configured-");
        install(folder(name, "1.0.0", "x"));

        Api.Reply reply = admin(json(HttpRequest.PUT("/api/plugins/" + name + "/config",
                "{\"config\": {\"logLevel\": \"loud\", \"extra\": 1}}")));

        assertEquals(400, reply.status());
        assertEquals("INVALID_CONFIG", reply.error());
        assertEquals(2, Json.elements(reply.json(), "details").size());
    }

    @Test
    void theTokenMustHoldAdminAndNoCorsHeaderIsSent() {
        Api.Reply anonymous = api.send(HttpRequest.GET("/api/plugins"));
        Api.Reply user = send(HttpRequest.GET("/api/plugins"));
        Api.Reply fromAPage = admin(HttpRequest.GET("/api/plugins").header("Origin", "http://localhost:3000"));

        assertEquals(401, anonymous.status());
        assertEquals(403, user.status());
        assertEquals("PERMISSION_DENIED", user.error());
        assertNull(fromAPage.header("Access-Control-Allow-Origin"));
    }

    @Test
    void pathsMatchWholeSegments() {
        Api.Reply reply = admin(HttpRequest.GET("/api/pluginsx"));

        assertEquals(404, reply.status(), reply::toString);
        assertEquals("ROUTE_NOT_FOUND", reply.error());
    }

    @Test
    void scanAnswersItsReport() {
        Api.Reply reply = admin(HttpRequest.POST("/api/plugins/scan", ""));

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().startsWith("{\"discovered\":"), reply.body());
    }
}
