package dev.plugbay.bootstrap.invenicum;

import dev.plugbay.bootstrap.TemporaryFolders;
import static dev.plugbay.bootstrap.invenicum.ClientParsing.bool;
import static dev.plugbay.bootstrap.invenicum.ClientParsing.installedPlugin;
import static dev.plugbay.bootstrap.invenicum.ClientParsing.list;
import static dev.plugbay.bootstrap.invenicum.ClientParsing.object;
import static dev.plugbay.bootstrap.invenicum.ClientParsing.storePlugin;
import static dev.plugbay.bootstrap.invenicum.ClientParsing.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Invenicum Flutter client's marketplace calls, as its Dio client builds them (JSON headers,
 * the bearer token of Invenicum's login, bodies with nulls and members Plugbay does not use, no
 * query parameters on {@code /community}), against the packaged configuration set up as the README's
 * Invenicum deployment: the shared secret, no issuer, {@code userId} as the subject, the GitHub
 * handle from a fake {@code /api/v1/auth/me}. Every answer is checked against the client's parsing.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvenicumClientReplayTest implements TestPropertyProvider {

    private static final String PLUGINS = "/api/v1/plugins";
    private static final AtomicInteger USER_IDS = new AtomicInteger(100);

    @Inject
    @Client("/")
    HttpClient client;

    private final InvenicumBackend backend = new InvenicumBackend();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "plugbay.home", TemporaryFolders.create("plugbay-invenicum").toString(),
                "plugbay.catalog.seed", "false",
                "plugbay.jwt.secret", InvenicumBackend.SECRET,
                "plugbay.jwt.issuer", "",
                "plugbay.identity.subject-claim", "userId",
                "plugbay.identity.userinfo-url", backend.meUrl(),
                "plugbay.identity.userinfo-author-path", "user.githubHandle",
                "plugbay.identity.userinfo-avatar-path", "user.avatarUrl");
    }

    @AfterAll
    void stopBackend() {
        backend.close();
    }

    @Test
    void anAuthorCreatesUpdatesAndDeletesAPlugin() {
        String author = backend.login(USER_IDS.incrementAndGet(), "Ana-Dev");

        JsonValue created = call(author, HttpMethod.POST, PLUGINS, pluginBody("contador_ana", "1.0.0"), 201);
        JsonValue detail = call(author, HttpMethod.GET, PLUGINS + "/contador_ana", null, 200);
        JsonValue updated = call(author, HttpMethod.PUT, PLUGINS + "/contador_ana", pluginBody("contador_ana", "1.1.0"), 200);
        JsonValue deleted = call(author, HttpMethod.DELETE, PLUGINS + "/contador_ana?deleteFromGitHub=false", null, 200);

        assertEquals("contador_ana", string(created, "id"));
        assertEquals("Ana-Dev", string(created, "author"));
        assertTrue(bool(storePlugin(detail), "isMine"));
        assertEquals("https://avatars.githubusercontent.com/Ana-Dev", string(detail, "authorAvatar"));
        assertEquals("1.1.0", string(updated, "version"));
        assertTrue(bool(deleted, "success"));
        call(author, HttpMethod.GET, PLUGINS + "/contador_ana", null, 404);
    }

    @Test
    void aUserInstallsUpdatesTogglesAndUninstallsAPlugin() {
        String author = backend.login(USER_IDS.incrementAndGet(), "Bea-Dev");
        String user = backend.login(USER_IDS.incrementAndGet(), null);
        call(author, HttpMethod.POST, PLUGINS, pluginBody("reloj_bea", "1.0.0"), 201);

        JsonValue listed = list(call(user, HttpMethod.GET, PLUGINS + "/community", null, 200)).stream()
                .map(ClientParsing::storePlugin).filter(plugin -> string(plugin, "id").equals("reloj_bea")).findFirst()
                .orElseThrow();
        JsonValue installed = call(user, HttpMethod.POST, PLUGINS + "/install", installBody(listed, "1.0.0"), 201);
        assertTrue(bool(installedPlugin(object(installed).get("plugin").orElseThrow()), "isActive"),
                "a marketplace install is active at once");
        assertFalse(communityIds(user).contains("reloj_bea"), "an installed plugin is no longer offered in the Market tab");

        JsonValue off = call(user, HttpMethod.PUT, PLUGINS + "/user/toggle", "{\"pluginId\":\"reloj_bea\",\"isActive\":false}", 200);
        assertFalse(bool(off, "isActive"));
        call(author, HttpMethod.PUT, PLUGINS + "/reloj_bea", pluginBody("reloj_bea", "1.1.0"), 200);
        JsonValue upgraded = call(user, HttpMethod.POST, PLUGINS + "/install", installBody(listed, "1.1.0"), 200);
        JsonValue mine = list(call(user, HttpMethod.GET, PLUGINS + "/installed", null, 200)).get(0);

        assertTrue(bool(installedPlugin(object(upgraded).get("plugin").orElseThrow()), "isActive"),
                "the client's Update makes the plugin active again");
        assertEquals("1.1.0", string(installedPlugin(mine), "installedVersion"));
        assertTrue(bool(mine, "isActive"));
        JsonValue uninstalled = call(user, HttpMethod.DELETE, PLUGINS + "/uninstall/reloj_bea", null, 200);
        assertTrue(bool(uninstalled, "success"));
        assertEquals(List.of(), list(call(user, HttpMethod.GET, PLUGINS + "/installed", null, 200)));
        assertTrue(communityIds(user).contains("reloj_bea"), "an uninstalled plugin is offered again");
    }

    @Test
    void theCommunityListHasEveryPluginInOneAnswerBeyondFifty() {
        String author = backend.login(USER_IDS.incrementAndGet(), "Eva-Dev");
        String user = backend.login(USER_IDS.incrementAndGet(), null);
        List<String> ids = IntStream.rangeClosed(1, 55).mapToObj(i -> "muchos_" + i).toList();
        ids.forEach(id -> call(author, HttpMethod.POST, PLUGINS, pluginBody(id, "1.0.0"), 201));

        List<String> listed = communityIds(user);

        assertTrue(listed.containsAll(ids), "every plugin is in the one answer: " + listed.size());
    }

    @Test
    void theCommunityListLeavesOutCodePlugins() {
        String author = backend.login(USER_IDS.incrementAndGet(), "Gil-Dev");
        String user = backend.login(USER_IDS.incrementAndGet(), null);
        call(author, HttpMethod.POST, PLUGINS, pluginBody("tarjeta_gil", "1.0.0"), 201);
        call(author, HttpMethod.POST, PLUGINS, """
                {"id": "registro_gil", "name": "Registro", "version": "1.0.0", "main": "index.js",
                 "hooks": {"onRequest": true}, "isPublic": true}""", 201);

        List<String> listed = communityIds(user);

        assertTrue(listed.contains("tarjeta_gil"), listed::toString);
        assertFalse(listed.contains("registro_gil"), "the client cannot show a plugin without a ui: " + listed);
    }

    /** The ids of the community list as the client asks for it: no query parameters. */
    private List<String> communityIds(String user) {
        return list(call(user, HttpMethod.GET, PLUGINS + "/community", null, 200)).stream()
                .map(ClientParsing::storePlugin).map(plugin -> string(plugin, "id")).toList();
    }

    @Test
    void aUserWithoutGitHubIsAskedToLinkItToPublish() {
        String user = backend.login(USER_IDS.incrementAndGet(), null);

        JsonValue refused = call(user, HttpMethod.POST, PLUGINS, pluginBody("sin_github", "1.0.0"), 403);

        assertEquals("PERMISSION_DENIED", string(refused, "error"));
        assertTrue(string(refused, "message").contains("GitHub account must be linked"), refused.toString());
    }

    @Test
    void anInvalidIdIsAnsweredWithTheIdThatWouldBeValid() {
        String author = backend.login(USER_IDS.incrementAndGet(), "Cris-Dev");

        JsonValue refused = call(author, HttpMethod.POST, PLUGINS, pluginBody("Contador Años", "1.0.0"), 400);

        assertTrue(string(refused, "message").contains("'contador_anos' would be valid"), refused.toString());
    }

    @Test
    void anExpiredTokenAnswersTheMessageTheClientLogsOutOn() {
        String expired = backend.login(USER_IDS.incrementAndGet(), "Dani-Dev", Instant.now().minusSeconds(60));

        for (String path : List.of(PLUGINS + "/community", PLUGINS + "/installed")) {
            JsonValue refused = call(expired, HttpMethod.GET, path, null, 401);
            assertEquals("Invalid or expired token", string(refused, "message"));
        }
    }

    /** What the client's plugin editor sends: every field it has, nulls included, and its own extras. */
    private static String pluginBody(String id, String version) {
        return """
                {"id": "%s", "name": "Contador", "description": "Cuenta activos", "version": "%s",
                 "author": null, "authorAvatar": null, "slot": "dashboard_top", "isPublic": true,
                 "download_url": null, "downloadCount": 0, "isOfficial": false, "tags": [],
                 "ui": {"type": "text", "data": "Hola {{ user.name }}"}}""".formatted(id, version);
    }

    /** What the client's Install and Update buttons send: the whole plugin it listed, with the version to install. */
    private static String installBody(JsonValue listed, String version) {
        return """
                {"id": "%s", "name": "%s", "author": "%s", "version": "%s", "download_url": null,
                 "isOfficial": false, "slot": "dashboard_top", "description": null,
                 "ui": {"type": "text", "data": "ignored"}}""".formatted(string(listed, "id"), string(listed, "name"),
                string(listed, "author"), version);
    }

    private JsonValue call(String token, HttpMethod method, String path, String body, int expectedStatus) {
        MutableHttpRequest<String> request = HttpRequest.create(method, path);
        request.header("Accept", "application/json").header("Content-Type", "application/json").bearerAuth(token);
        if (body != null) {
            request.body(body);
        }
        HttpResponse<String> response = HttpCalls.exchange(client, request);
        String text = HttpCalls.body(response);
        assertEquals(expectedStatus, response.code(), method + " " + path + ": " + text);
        return JsonReader.parse(text);
    }
}
