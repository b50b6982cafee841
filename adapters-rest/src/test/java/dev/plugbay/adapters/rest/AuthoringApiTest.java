package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.elements;
import static dev.plugbay.adapters.rest.Json.flag;
import static dev.plugbay.adapters.rest.Json.member;
import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class AuthoringApiTest extends ApiTestSupport {

    @Test
    void createAnswers201AndProposesAPublicPluginAsAPullRequest() {
        String author = unique("author");
        String id = unique("created");

        Api.Reply reply = create(author, Manifests.uiPlugin(id, "1.2.3"));

        assertEquals(201, reply.status(), reply::toString);
        JsonObject body = reply.object();
        assertEquals(id, text(body, "id"));
        assertEquals("Plugin " + id, text(body, "name"));
        assertEquals(author, text(body, "author"));
        assertEquals("1.2.3", text(body, "version"));
        assertFalse(text(body, "createdAt").isBlank());
        assertTrue(text(body, "pullRequestUrl").startsWith("https://github.example/pull/"));
        assertEquals("pull_request", text(member(body, "proposal"), "kind"));
        assertEquals(List.of(), elements(body, "warnings"));
        assertEquals(200, api.get(unique("reader"), "/api/v1/plugins/" + id).status(), "in the catalog at once");
    }

    @Test
    void aPrivatePluginIsNotProposedAndTheResponseSaysWhy() {
        Api.Reply reply = create(unique("author"), Manifests.privateUiPlugin(unique("quiet"), "1.0.0"));

        assertEquals(201, reply.status(), reply::toString);
        assertFalse(reply.object().has("pullRequestUrl"));
        assertEquals("none", text(member(reply.object(), "proposal"), "kind"));
        assertFalse(text(member(reply.object(), "proposal"), "note").isBlank());
    }

    @Test
    void theAuthorAlwaysComesFromTheTokenAndUnknownKeysComeBackAsWarnings() {
        String author = unique("realauthor");
        String id = unique("warned");

        Api.Reply reply = create(author, Manifests.uiPlugin(id, "1.0.0")
                .with("author", new JsonString("somebody-else")).with("colour", new JsonString("blue")));

        assertEquals(201, reply.status(), reply::toString);
        assertEquals(author, text(reply.object(), "author"));
        List<JsonValue> warnings = elements(reply.object(), "warnings");
        assertTrue(warnings.stream().anyMatch(warning -> text(warning, "field").equals("colour")), reply::toString);
        assertEquals(author, text(api.get(author, "/api/v1/plugins/" + id).object(), "author"));
    }

    @Test
    void anInvalidManifestListsEveryViolatedFieldInDetails() {
        Api.Reply reply = create(unique("author"), JsonText.object(
                "{\"id\": \"Bad Id!\", \"version\": \"v1.0\", \"tags\": [\"UPPER\"], \"slot\": \"nowhere\"}"));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_MANIFEST", reply.error());
        List<String> fields = elements(reply.object(), "details").stream().map(detail -> text(detail, "field")).toList();
        assertTrue(fields.containsAll(List.of("version", "slot")), fields::toString);
    }

    @Test
    void anInvalidStacTreeNamesTheOffendingPointer() {
        Api.Reply reply = create(unique("author"), Manifests.uiPlugin(unique("badui"), "1.0.0")
                .with("ui", JsonText.json("{\"type\": \"column\", \"children\": [{\"type\": \"marquee\"}]}")));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_STAC", reply.error());
        assertEquals("/children/0", text(elements(reply.object(), "details").get(0), "pointer"));
    }

    @Test
    void creatingAnExistingIdIsAlreadyExists() {
        String id = published(unique("author"), unique("taken"), "1.0.0");

        Api.Reply reply = create(unique("other"), Manifests.uiPlugin(id, "2.0.0"));

        assertEquals(409, reply.status());
        assertEquals("ALREADY_EXISTS", reply.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"community", "installed", "preview-stac", "install", "uninstall", "user", "validate"})
    void idsThatWouldShadowARouteAreRefused(String id) {
        Api.Reply reply = create(unique("author"), Manifests.uiPlugin(id, "1.0.0"));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_MANIFEST", reply.error());
    }

    @Test
    void updatePublishesANewReleaseAndProposesIt() {
        String author = unique("author");
        String id = published(author, unique("updated"), "1.0.0");

        Api.Reply reply = api.put(author, "/api/v1/plugins/" + id, Manifests.uiPlugin(id, "1.1.0").toJson());

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(id, text(reply.object(), "id"));
        assertEquals("1.1.0", text(reply.object(), "version"));
        assertFalse(text(reply.object(), "updatedAt").isBlank());
        assertTrue(text(reply.object(), "pullRequestUrl").startsWith("https://github.example/pull/"));
        assertEquals("1.1.0", text(api.get(author, "/api/v1/plugins/" + id).object(), "version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "0.9.0", "1.0.0-rc.1"})
    void anUpdateThatIsNotStrictlyNewerIsAVersionConflict(String version) {
        String author = unique("author");
        String id = published(author, unique("conflict"), "1.0.0");

        Api.Reply reply = api.put(author, "/api/v1/plugins/" + id, Manifests.uiPlugin(id, version).toJson());

        assertEquals(409, reply.status(), reply::toString);
        assertEquals("VERSION_CONFLICT", reply.error());
    }

    @Test
    void anUpdateWithoutAVersionOrThatRenamesIsAnInvalidManifest() {
        String author = unique("author");
        String id = published(author, unique("strict"), "1.0.0");
        JsonObject withoutVersion = new JsonObject(new java.util.LinkedHashMap<>(Manifests.uiPlugin(id, "2.0.0").members()) {{
            remove("version");
        }});

        Api.Reply noVersion = api.put(author, "/api/v1/plugins/" + id, withoutVersion.toJson());
        Api.Reply renamed = api.put(author, "/api/v1/plugins/" + id, Manifests.uiPlugin(unique("other"), "2.0.0").toJson());

        assertEquals("INVALID_MANIFEST", noVersion.error(), noVersion::toString);
        assertEquals("INVALID_MANIFEST", renamed.error(), renamed::toString);
    }

    @Test
    void anotherUsersPluginCannotBeUpdatedOrDeleted() {
        String author = unique("author");
        String id = published(author, unique("guarded"), "1.0.0");
        String intruder = unique("intruder");

        Api.Reply update = api.put(intruder, "/api/v1/plugins/" + id, Manifests.uiPlugin(id, "9.0.0").toJson());
        Api.Reply delete = api.delete(intruder, "/api/v1/plugins/" + id);

        assertEquals(403, update.status(), update::toString);
        assertEquals("PERMISSION_DENIED", update.error());
        assertEquals(403, delete.status(), delete::toString);
        assertEquals("PERMISSION_DENIED", delete.error());
        assertEquals("1.0.0", text(api.get(author, "/api/v1/plugins/" + id).object(), "version"));
    }

    @Test
    void anotherAuthorsPrivatePluginIsNotFoundForUpdateAndDelete() {
        String id = unique("privmod");
        create(unique("author"), Manifests.privateUiPlugin(id, "1.0.0"));
        String intruder = unique("intruder");

        assertEquals(404, api.put(intruder, "/api/v1/plugins/" + id, Manifests.uiPlugin(id, "2.0.0").toJson()).status());
        assertEquals(404, api.delete(intruder, "/api/v1/plugins/" + id).status());
    }

    @Test
    void anAdminMayUpdateAndDeleteAnyPlugin() {
        String id = published(unique("author"), unique("moderated"), "1.0.0");
        String admin = unique("admin");

        Api.Reply update = api.send(HttpRequest.PUT("/api/v1/plugins/" + id, Manifests.uiPlugin(id, "1.0.1").toJson())
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.token(admin, "ADMIN")));
        Api.Reply delete = api.send(HttpRequest.DELETE("/api/v1/plugins/" + id).bearerAuth(api.token(admin, "ADMIN")));

        assertEquals(200, update.status(), update::toString);
        assertEquals(200, delete.status(), delete::toString);
    }

    @Test
    void unknownPluginsAreNotFoundForUpdateAndDelete() {
        String user = unique("user");

        assertEquals("PLUGIN_NOT_FOUND", api.put(user, "/api/v1/plugins/ghost", Manifests.uiPlugin("ghost", "1.0.0").toJson()).error());
        assertEquals("PLUGIN_NOT_FOUND", api.delete(user, "/api/v1/plugins/ghost").error());
    }

    @Test
    void deleteRemovesThePluginAndEveryInstallationAndKeepsItsVersionsReserved() {
        String author = unique("author");
        String id = published(author, unique("deleted"), "1.0.0");
        String user = unique("user");
        install(user, id);

        Api.Reply reply = api.delete(author, "/api/v1/plugins/" + id);

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(flag(reply.object(), "success"));
        assertFalse(text(reply.object(), "message").isBlank());
        assertEquals("none", text(member(reply.object(), "proposal"), "kind"));
        assertEquals(404, api.get(author, "/api/v1/plugins/" + id).status());
        assertEquals(List.of(), api.get(user, "/api/v1/plugins/installed").array());
        Api.Reply again = create(author, Manifests.uiPlugin(id, "1.0.0"));
        assertEquals("VERSION_CONFLICT", again.error(), again::toString);
    }

    @Test
    void deleteFromGitHubProposesTheRemoval() {
        String author = unique("author");
        String id = published(author, unique("unlisted"), "1.0.0");

        Api.Reply reply = api.delete(author, "/api/v1/plugins/" + id + "?deleteFromGitHub=true");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("pull_request", text(member(reply.object(), "proposal"), "kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "TRUE", ""})
    void deleteFromGitHubMustBeTrueOrFalse(String value) {
        String author = unique("author");
        String id = published(author, unique("flagged"), "1.0.0");

        Api.Reply reply = api.delete(author, "/api/v1/plugins/" + id + "?deleteFromGitHub=" + value);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_REQUEST", reply.error());
        assertEquals(200, api.get(author, "/api/v1/plugins/" + id).status(), "nothing was deleted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "null", "   "})
    void aManifestThatIsNotAJsonObjectIsAnInvalidRequest(String body) {
        Api.Reply reply = api.post(unique("author"), "/api/v1/plugins", body);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_REQUEST", reply.error());
    }
}
