package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.flag;
import static dev.plugbay.adapters.rest.Json.ids;
import static dev.plugbay.adapters.rest.Json.member;
import static dev.plugbay.adapters.rest.Json.number;
import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class InstallationApiTest extends ApiTestSupport {

    private static final String INSTALLED = "/api/v1/plugins/installed";
    private static final String TOGGLE = "/api/v1/plugins/user/toggle";

    @Test
    void installAnswers201WithTheInstalledViewAndCountsOneDownload() {
        String id = published(unique("author"), unique("inst"), "1.0.0");
        String user = unique("user");

        Api.Reply reply = install(user, id);

        assertEquals(201, reply.status(), reply::toString);
        assertTrue(flag(reply.object(), "success"));
        JsonValue plugin = member(reply.object(), "plugin");
        assertEquals(id, text(plugin, "id"));
        assertEquals("1.0.0", text(plugin, "installedVersion"));
        assertEquals("active", text(plugin, "status"));
        assertTrue(flag(plugin, "isActive"));
        assertTrue(flag(plugin, "isInstalled"));
        assertEquals(1, number(plugin, "downloadCount"));
        assertEquals(1, downloads(id));
    }

    @Test
    void clientSentInvenicumFieldsNeverChangeWhatIsInstalled() {
        String author = unique("author");
        String id = published(author, unique("ignored"), "1.0.0");
        String user = unique("user");

        Api.Reply reply = api.post(user, "/api/v1/plugins/install", """
                {"id": "%s", "name": "Hijacked", "author": "mallory", "isOfficial": true,
                 "download_url": "https://evil.example/x.json", "ui": {"type": "text", "data": "pwned"}}
                """.formatted(id));

        assertEquals(201, reply.status(), reply::toString);
        JsonValue catalogView = api.get(user, "/api/v1/plugins/" + id).object();
        assertEquals("Plugin " + id, text(catalogView, "name"));
        assertEquals(author, text(catalogView, "author"));
        assertFalse(flag(catalogView, "isOfficial"));
        assertEquals(Manifests.uiPlugin(id, "1.0.0").get("ui").orElseThrow(), member(catalogView, "ui"));
    }

    @Test
    void parallelInstallsByDifferentUsersCountEveryDownloadExactlyOnce() throws Exception {
        String id = published(unique("author"), unique("popular"), "1.0.0");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String user = unique("crowd");
            statuses.add(pool.submit(() -> install(user, id).status()));
        }
        for (Future<Integer> status : statuses) {
            assertEquals(201, status.get());
        }
        pool.shutdown();

        assertEquals(40, downloads(id));
    }

    @Test
    void installingAGivenVersionInstallsThatRelease() {
        String author = unique("author");
        String id = published(author, unique("pinned"), "1.0.0");
        publishedRelease(author, id, "2.0.0");

        Api.Reply reply = api.post(unique("user"), "/api/v1/plugins/install", "{\"id\": \"" + id + "\", \"version\": \"1.0.0\"}");

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("1.0.0", text(member(reply.object(), "plugin"), "installedVersion"));
        assertTrue(flag(member(reply.object(), "plugin"), "hasUpdate"));
    }

    @Test
    void installingTheSameReleaseTwiceIsAlreadyInstalled() {
        String id = published(unique("author"), unique("twice"), "1.0.0");
        String user = unique("user");
        install(user, id);

        Api.Reply again = install(user, id);

        assertEquals(409, again.status(), again::toString);
        assertEquals("ALREADY_INSTALLED", again.error());
        assertEquals(1, downloads(id));
    }

    @Test
    void installingANewerReleaseUpgradesWith200AndAnOlderOneIsAVersionConflict() {
        String author = unique("author");
        String id = published(author, unique("upgrade"), "1.0.0");
        String user = unique("user");
        install(user, id);
        publishedRelease(author, id, "1.1.0");

        Api.Reply upgraded = install(user, id);
        Api.Reply older = api.post(user, "/api/v1/plugins/install", "{\"id\": \"" + id + "\", \"version\": \"1.0.0\"}");

        assertEquals(200, upgraded.status(), upgraded::toString);
        assertEquals("1.1.0", text(member(upgraded.object(), "plugin"), "installedVersion"));
        assertEquals(409, older.status());
        assertEquals("VERSION_CONFLICT", older.error());
        assertEquals(1, downloads(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": \"no-such-plugin\"}", "{\"id\": \"NOT AN ID\"}",
            "{\"id\": \"%s\", \"version\": \"9.9.9\"}"})
    void anUnknownPluginOrReleaseIsNotFound(String body) {
        String id = published(unique("author"), unique("known"), "1.0.0");

        Api.Reply reply = api.post(unique("user"), "/api/v1/plugins/install", body.formatted(id));

        assertEquals(404, reply.status(), reply::toString);
        assertEquals("PLUGIN_NOT_FOUND", reply.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"id\": 5}", "{\"id\": null}", "{\"id\": \"x\", \"version\": 1}",
            "{\"id\": \"x\", \"version\": \"v1\"}", "[]", "\"x\""})
    void aBadInstallBodyIsAnInvalidRequest(String body) {
        Api.Reply reply = api.post(unique("user"), "/api/v1/plugins/install", body);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_REQUEST", reply.error());
    }

    @Test
    void theInstalledListShowsTheInstalledReleaseAndItsUpdate() {
        String author = unique("author");
        String id = published(author, unique("listed"), "1.0.0");
        String user = unique("user");
        install(user, id);
        JsonObject newerManifest = Manifests.uiPlugin(id, "1.1.0").with("ui", JsonText.json("{\"type\": \"text\", \"data\": \"v2\"}"));
        assertEquals(200, api.put(author, "/api/v1/plugins/" + id, newerManifest.toJson()).status());

        List<JsonValue> installed = api.get(user, INSTALLED).array();

        assertEquals(List.of(id), ids(installed));
        JsonValue view = installed.get(0);
        assertEquals("1.0.0", text(view, "version"));
        assertEquals("1.0.0", text(view, "installedVersion"));
        assertEquals("1.1.0", text(view, "latestVersion"));
        assertTrue(flag(view, "hasUpdate"));
        assertEquals(Manifests.uiPlugin(id, "1.0.0").get("ui").orElseThrow(), member(view, "ui"));
        assertEquals("active", text(view, "status"));
        assertFalse(text(view, "installedAt").isBlank());
        assertFalse(flag(view, "isMine"));
    }

    @Test
    void toggleActivatesAndDeactivates() {
        String id = published(unique("author"), unique("toggled"), "1.0.0");
        String user = unique("user");
        install(user, id);

        Api.Reply on = api.put(user, TOGGLE, "{\"pluginId\": \"" + id + "\", \"isActive\": true}");
        String statusWhenOn = text(api.get(user, INSTALLED).array().get(0), "status");
        Api.Reply off = api.put(user, TOGGLE, "{\"pluginId\": \"" + id + "\", \"isActive\": false}");
        Api.Reply offAgain = api.put(user, TOGGLE, "{\"pluginId\": \"" + id + "\", \"isActive\": false}");

        assertEquals(200, on.status(), on::toString);
        assertEquals("{\"success\":true,\"isActive\":true}", on.body());
        assertEquals("active", statusWhenOn);
        assertEquals("{\"success\":true,\"isActive\":false}", off.body());
        assertEquals(200, offAgain.status());
        assertEquals("inactive", text(api.get(user, INSTALLED).array().get(0), "status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"isActive\": true}", "{\"pluginId\": \"p\"}", "{\"pluginId\": \"p\", \"isActive\": \"true\"}",
            "{\"pluginId\": \"p\", \"isActive\": 1}", "{\"pluginId\": 7, \"isActive\": true}",
            "{\"pluginId\": \"p\", \"isActive\": null}", "[true]", ""})
    void aToggleWithAMissingOrWronglyTypedFieldIsAnInvalidRequest(String body) {
        Api.Reply reply = api.put(unique("user"), TOGGLE, body);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_REQUEST", reply.error());
    }

    @Test
    void togglingAPluginThatIsNotInstalledIsNotFound() {
        String id = published(unique("author"), unique("notmine"), "1.0.0");

        Api.Reply reply = api.put(unique("user"), TOGGLE, "{\"pluginId\": \"" + id + "\", \"isActive\": true}");

        assertEquals(404, reply.status());
        assertEquals("PLUGIN_NOT_FOUND", reply.error());
    }

    @Test
    void uninstallRemovesTheInstallationAndASecondUninstallIsNotFound() {
        String id = published(unique("author"), unique("removed"), "1.0.0");
        String user = unique("user");
        install(user, id);
        api.put(user, TOGGLE, "{\"pluginId\": \"" + id + "\", \"isActive\": true}");

        Api.Reply first = api.delete(user, "/api/v1/plugins/uninstall/" + id);
        Api.Reply second = api.delete(user, "/api/v1/plugins/uninstall/" + id);

        assertEquals(200, first.status(), first::toString);
        assertTrue(flag(first.object(), "success"));
        assertEquals(List.of(), api.get(user, INSTALLED).array());
        assertEquals(404, second.status());
        assertEquals("PLUGIN_NOT_FOUND", second.error());
    }

    /** Broken object level authorization: another user's installation is out of reach in every way. */
    @Test
    void anotherUsersInstallationCannotBeSeenToggledOrRemoved() {
        String id = published(unique("author"), unique("owned"), "1.0.0");
        String owner = unique("owner");
        String intruder = unique("intruder");
        install(owner, id);

        Api.Reply list = api.get(intruder, INSTALLED);
        Api.Reply toggle = api.put(intruder, TOGGLE, "{\"pluginId\": \"" + id + "\", \"isActive\": false}");
        Api.Reply uninstall = api.delete(intruder, "/api/v1/plugins/uninstall/" + id);
        Api.Reply detail = api.get(intruder, "/api/v1/plugins/" + id);

        assertEquals(List.of(), list.array());
        assertEquals(404, toggle.status());
        assertEquals(404, uninstall.status());
        assertFalse(flag(detail.object(), "isInstalled"));
        JsonValue ownersView = api.get(owner, INSTALLED).array().get(0);
        assertEquals("active", text(ownersView, "status"), "the intruder's toggle changed nothing");
    }

    @Test
    void anotherAuthorsPrivatePluginCannotBeInstalled() {
        String id = unique("privateinst");
        assertEquals(201, create(unique("author"), Manifests.privateUiPlugin(id, "1.0.0")).status());

        Api.Reply reply = install(unique("user"), id);

        assertEquals(404, reply.status());
        assertEquals("PLUGIN_NOT_FOUND", reply.error());
    }

    private long downloads(String id) {
        return marketplace.persistence.catalog().find(new PluginId(id)).orElseThrow().downloadCount();
    }
}
