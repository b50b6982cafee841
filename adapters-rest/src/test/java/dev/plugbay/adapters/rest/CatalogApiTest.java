package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.elements;
import static dev.plugbay.adapters.rest.Json.flag;
import static dev.plugbay.adapters.rest.Json.ids;
import static dev.plugbay.adapters.rest.Json.member;
import static dev.plugbay.adapters.rest.Json.number;
import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class CatalogApiTest extends ApiTestSupport {

    private static final String COMMUNITY = "/api/v1/plugins/community";

    @Test
    void communityListsPluginViewsWithEveryField() {
        String author = unique("author");
        String id = published(author, unique("viewfields"), "1.0.0");

        Api.Reply reply = api.get(author, COMMUNITY + "?q=" + id);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/json", reply.header("Content-Type").split(";")[0]);
        JsonValue view = reply.array().get(0);
        assertEquals(List.of("id", "name", "author", "version", "latestVersion", "description", "slot", "ui", "tags",
                "license", "authorAvatar", "downloadCount", "isOfficial", "isPublic", "isMine", "createdAt", "updatedAt", "isInstalled"),
                List.copyOf(((dev.plugbay.domain.json.JsonObject) view).members().keySet()));
        assertEquals(id, text(view, "id"));
        assertEquals(author, text(view, "author"));
        assertEquals("1.0.0", text(view, "version"));
        assertEquals("dashboard_top", text(view, "slot"));
        assertEquals(Manifests.uiPlugin(id, "1.0.0").get("ui").orElseThrow(), member(view, "ui"));
        assertEquals(0, number(view, "downloadCount"));
        assertTrue(flag(view, "isMine"));
        assertFalse(flag(view, "isInstalled"));
        assertFalse(flag(view, "isOfficial"));
        assertTrue(flag(view, "isPublic"));
    }

    @Test
    void isMineIgnoresTheCaseOfTheUsername() {
        String author = unique("Casey");
        String id = published(author, unique("case"), "1.0.0");

        Api.Reply reply = api.get(author.toUpperCase(), COMMUNITY + "?q=" + id);

        assertTrue(flag(reply.array().get(0), "isMine"));
    }

    @Test
    void versionIsTheLatestStableReleaseAndLatestVersionToo() {
        String author = unique("author");
        String id = published(author, unique("latest"), "1.0.0");
        publishedRelease(author, id, "1.1.0");
        publishedRelease(author, id, "2.0.0-beta.1");

        JsonValue view = api.get(author, COMMUNITY + "?q=" + id).array().get(0);

        assertEquals("1.1.0", text(view, "version"));
        assertEquals("1.1.0", text(view, "latestVersion"));
    }

    @Test
    void pagesCarryTheTotalAndLinksWithTheSameQuery() {
        String author = unique("pager");
        String tag = "t" + author.toLowerCase();
        for (int i = 0; i < 5; i++) {
            create(author, Manifests.uiPlugin(unique("paged"), "1.0.0").with("tags",
                    JsonValueFixtures.strings(tag))).status();
        }

        Api.Reply first = api.get(author, COMMUNITY + "?tag=" + tag + "&size=2&sort=name");
        Api.Reply middle = api.get(author, COMMUNITY + "?tag=" + tag + "&size=2&sort=name&page=2");
        Api.Reply last = api.get(author, COMMUNITY + "?tag=" + tag + "&size=2&sort=name&page=3");

        assertEquals(2, first.array().size());
        assertEquals("5", first.header("X-Total-Count"));
        assertEquals("</api/v1/plugins/community?tag=" + tag + "&sort=name&size=2&page=2>; rel=\"next\"",
                first.header("Link"));
        assertEquals("</api/v1/plugins/community?tag=" + tag + "&sort=name&size=2&page=3>; rel=\"next\", "
                + "</api/v1/plugins/community?tag=" + tag + "&sort=name&size=2&page=1>; rel=\"prev\"",
                middle.header("Link"));
        assertEquals(1, last.array().size());
        assertEquals("</api/v1/plugins/community?tag=" + tag + "&sort=name&size=2&page=2>; rel=\"prev\"",
                last.header("Link"));
    }

    @Test
    void sortByNameOrdersTheDisplayNames() {
        String author = unique("sorter");
        String tag = "t" + author.toLowerCase();
        for (String name : List.of("Charlie", "alpha", "Bravo")) {
            create(author, Manifests.uiPlugin(unique("sorted"), "1.0.0").with("name", new dev.plugbay.domain.json.JsonString(name))
                    .with("tags", JsonValueFixtures.strings(tag)));
        }

        List<JsonValue> views = api.get(author, COMMUNITY + "?sort=name&tag=" + tag).array();

        assertEquals(List.of("alpha", "Bravo", "Charlie"), views.stream().map(view -> text(view, "name")).toList());
    }

    @Test
    void slotFilterKeepsOnlyThatSlot() {
        String author = unique("slotter");
        String tag = "t" + author.toLowerCase();
        String top = unique("top");
        create(author, Manifests.uiPlugin(top, "1.0.0").with("tags", JsonValueFixtures.strings(tag)));
        create(author, Manifests.uiPlugin(unique("side"), "1.0.0").with("tags", JsonValueFixtures.strings(tag))
                .with("slot", new dev.plugbay.domain.json.JsonString("left_sidebar")));

        assertEquals(List.of(top), ids(api.get(author, COMMUNITY + "?slot=dashboard_top&tag=" + tag).array()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=abc", "page=1.5", "size=0", "size=201", "size=x",
            "sort=popularity", "installed=all", "installed=INCLUDE", "kind=widget", "kind=UI", "slot=no_such_slot", "slot=Bad-Slot", "tag=Not_A_Tag", "page=99999999999"})
    void badParametersAreInvalidRequests(String parameter) {
        Api.Reply reply = api.get(unique("user"), COMMUNITY + "?" + parameter);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_REQUEST", reply.error());
        assertFalse(text(reply.object(), "message").isBlank());
    }

    @Test
    void aRequestWithoutPageOrSizeAnswersEveryMatchInOnePage() {
        String author = unique("author");
        String tag = unique("many");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < CatalogQuery.DEFAULT_SIZE + 5; i++) {
            String id = unique("many_");
            assertEquals(201, create(author, Manifests.uiPlugin(id, "1.0.0").with("tags",
                    new JsonArray(List.of(new JsonString(tag))))).status());
            created.add(id);
        }

        Api.Reply unpaged = api.get(author, COMMUNITY + "?tag=" + tag);
        Api.Reply paged = api.get(author, COMMUNITY + "?tag=" + tag + "&page=1");

        assertEquals(created.stream().sorted().toList(), ids(unpaged.array()).stream().sorted().toList());
        assertEquals(String.valueOf(created.size()), unpaged.header("X-Total-Count"));
        assertNull(unpaged.header("Link"));
        assertEquals(CatalogQuery.DEFAULT_SIZE, paged.array().size());
        assertEquals(String.valueOf(created.size()), paged.header("X-Total-Count"));
    }

    @Test
    void theCallersInstalledPluginsAreLeftOutUnlessIncludedAndTheTotalCountsWhatIsListed() {
        String author = unique("author");
        String user = unique("user");
        String tag = unique("offered");
        String installed = taggedPlugin(author, unique("offered_a"), tag);
        String offered = taggedPlugin(author, unique("offered_b"), tag);
        assertEquals(201, install(user, installed).status());

        Api.Reply byDefault = api.get(user, COMMUNITY + "?tag=" + tag);
        Api.Reply excluded = api.get(user, COMMUNITY + "?tag=" + tag + "&installed=exclude");
        Api.Reply included = api.get(user, COMMUNITY + "?tag=" + tag + "&installed=include&sort=name");
        Api.Reply includedFirstPage = api.get(user, COMMUNITY + "?tag=" + tag + "&installed=include&size=1");

        assertEquals(List.of(offered), ids(byDefault.array()));
        assertEquals("1", byDefault.header("X-Total-Count"));
        assertEquals(List.of(offered), ids(excluded.array()));
        assertEquals("1", excluded.header("X-Total-Count"));
        assertEquals(List.of(installed, offered), ids(included.array()));
        assertEquals("2", included.header("X-Total-Count"));
        assertTrue(flag(included.array().get(0), "isInstalled"));
        assertFalse(flag(included.array().get(1), "isInstalled"));
        assertTrue(includedFirstPage.header("Link").contains("installed=include"), includedFirstPage.header("Link"));
        assertEquals(List.of(installed, offered), ids(api.get(author, COMMUNITY + "?tag=" + tag + "&sort=name").array()),
                "another user's installation leaves nothing out");
        assertEquals(200, api.delete(user, "/api/v1/plugins/uninstall/" + installed).status());
        assertEquals("2", api.get(user, COMMUNITY + "?tag=" + tag).header("X-Total-Count"), "offered again once uninstalled");
    }

    @Test
    void uiPluginsAreListedByDefaultAndCodePluginsWithKindCodeOrAll() {
        String author = unique("author");
        String tag = unique("kinds");
        String ui = taggedPlugin(author, unique("kinds_a"), tag);
        String code = unique("kinds_b");
        assertEquals(201, create(author, dev.plugbay.domain.testing.JsonText.object("{\"id\": \"" + code
                + "\", \"main\": \"index.js\", \"hooks\": {\"onRequest\": true}, \"tags\": [\"" + tag + "\"]}")).status());

        Api.Reply byDefault = api.get(author, COMMUNITY + "?tag=" + tag);
        Api.Reply uiOnly = api.get(author, COMMUNITY + "?tag=" + tag + "&kind=ui");
        Api.Reply codeOnly = api.get(author, COMMUNITY + "?tag=" + tag + "&kind=code");
        Api.Reply all = api.get(author, COMMUNITY + "?tag=" + tag + "&kind=all&sort=name&size=1");

        assertEquals(List.of(ui), ids(byDefault.array()));
        assertEquals("1", byDefault.header("X-Total-Count"));
        assertEquals(List.of(ui), ids(uiOnly.array()));
        assertEquals(List.of(code), ids(codeOnly.array()));
        assertEquals(JsonNull.INSTANCE, member(codeOnly.array().get(0), "slot"));
        assertEquals("1", codeOnly.header("X-Total-Count"));
        assertEquals("2", all.header("X-Total-Count"));
        assertTrue(all.header("Link").contains("kind=all"), all.header("Link"));
    }

    private String taggedPlugin(String author, String id, String tag) {
        Api.Reply reply = create(author, Manifests.uiPlugin(id, "1.0.0").with("tags", new JsonArray(List.of(new JsonString(tag)))));
        assertEquals(201, reply.status(), reply::toString);
        return id;
    }

    @Test
    void theLargestPageSizeIsAccepted() {
        assertEquals(200, api.get(unique("user"), COMMUNITY + "?size=200").status());
    }

    @Test
    void etagAnswers304AndChangesWithTheCallersOwnFlags() {
        String author = unique("etagger");
        String id = published(author, unique("etag"), "1.0.0");
        String user = unique("viewer");
        String path = COMMUNITY + "?installed=include&q=" + id;
        Api.Reply before = api.get(user, path);
        String tag = before.header("ETag");

        Api.Reply unchanged = api.send(HttpRequest.GET(path).bearerAuth(api.token(user)).header("If-None-Match", tag));
        install(user, id);
        Api.Reply afterInstall = api.send(HttpRequest.GET(path).bearerAuth(api.token(user)).header("If-None-Match", tag));

        assertTrue(tag.matches("\"[A-Za-z0-9_-]+\""), tag);
        assertEquals(304, unchanged.status());
        assertEquals(tag, unchanged.header("ETag"));
        assertEquals("", unchanged.body());
        assertEquals(200, afterInstall.status());
        assertNotEquals(tag, afterInstall.header("ETag"));
        assertTrue(flag(afterInstall.array().get(0), "isInstalled"));
        assertNotEquals(tag, api.get(author, path).header("ETag"), "another caller sees isMine, so another tag");
    }

    @Test
    void etagAndBodyChangeWithAnotherUsersDownloadAndWithANewRelease() {
        String author = unique("etagger");
        String id = published(author, unique("etagcount"), "1.0.0");
        String viewer = unique("viewer");
        String path = COMMUNITY + "?q=" + id;
        Api.Reply first = api.get(viewer, path);

        install(unique("downloader"), id);
        Api.Reply afterDownload = api.get(viewer, path);
        publishedRelease(author, id, "1.1.0");
        Api.Reply afterRelease = api.get(viewer, path);

        assertEquals(0, number(first.array().get(0), "downloadCount"));
        assertEquals(1, number(afterDownload.array().get(0), "downloadCount"));
        assertNotEquals(first.header("ETag"), afterDownload.header("ETag"));
        assertEquals("1.1.0", text(afterRelease.array().get(0), "version"));
        assertNotEquals(afterDownload.header("ETag"), afterRelease.header("ETag"));
        assertEquals(afterRelease.header("ETag"), api.get(unique("other"), path).header("ETag"),
                "callers with the same flags see the same bytes");
    }

    @Test
    void privatePluginsAreListedOnlyForTheirAuthor() {
        String author = unique("secretive");
        String id = unique("private");
        assertEquals(201, create(author, Manifests.privateUiPlugin(id, "1.0.0")).status());

        assertEquals(List.of(id), ids(api.get(author, COMMUNITY + "?q=" + id).array()));
        assertEquals(List.of(), ids(api.get(unique("other"), COMMUNITY + "?q=" + id).array()));
        assertEquals("0", api.get(unique("other"), COMMUNITY + "?q=" + id).header("X-Total-Count"));
    }

    @Test
    void onePluginCarriesItsVersionsNewestFirst() {
        String author = unique("author");
        String id = published(author, unique("detail"), "1.0.0");
        publishedRelease(author, id, "1.0.1");
        publishedRelease(author, id, "1.1.0");

        Api.Reply reply = api.get(unique("reader"), "/api/v1/plugins/" + id);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(id, text(reply.object(), "id"));
        assertFalse(flag(reply.object(), "isMine"));
        assertEquals(List.of("1.1.0", "1.0.1", "1.0.0"),
                elements(reply.object(), "versions").stream().map(version -> text(version, "version")).toList());
        assertFalse(text(elements(reply.object(), "versions").get(0), "publishedAt").isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-plugin", "Not%20An%20Id", "UPPER"})
    void anUnknownPluginIsNotFound(String id) {
        Api.Reply reply = api.get(unique("user"), "/api/v1/plugins/" + id);

        assertEquals(404, reply.status(), reply::toString);
        assertEquals("PLUGIN_NOT_FOUND", reply.error());
    }

    @Test
    void anotherAuthorsPrivatePluginIsNotFoundButTheAuthorSeesIt() {
        String author = unique("hider");
        String id = unique("hidden");
        create(author, Manifests.privateUiPlugin(id, "1.0.0"));

        Api.Reply stranger = api.get(unique("stranger"), "/api/v1/plugins/" + id);
        Api.Reply own = api.get(author, "/api/v1/plugins/" + id);

        assertEquals(404, stranger.status());
        assertEquals("PLUGIN_NOT_FOUND", stranger.error());
        assertEquals(200, own.status());
        assertEquals(JsonBoolean.FALSE, member(own.object(), "isPublic"));
    }

    @Test
    void aPluginWithoutUiHasNullSlotAndUi() {
        String author = unique("coder");
        String id = unique("code");
        assertEquals(201, create(author, dev.plugbay.domain.testing.JsonText.object(
                "{\"id\": \"" + id + "\", \"main\": \"index.js\", \"hooks\": {\"onRequest\": true}}")).status());

        JsonValue view = api.get(author, "/api/v1/plugins/" + id).object();

        assertEquals(JsonNull.INSTANCE, member(view, "ui"));
        assertEquals(JsonNull.INSTANCE, member(view, "slot"));
    }
}
