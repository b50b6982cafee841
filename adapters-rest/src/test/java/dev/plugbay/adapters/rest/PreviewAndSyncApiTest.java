package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.elements;
import static dev.plugbay.adapters.rest.Json.member;
import static dev.plugbay.adapters.rest.Json.number;
import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.memory.InMemoryDocumentFetcher;
import dev.plugbay.domain.error.PayloadTooLargeException;
import dev.plugbay.domain.error.UrlNotAllowedException;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class PreviewAndSyncApiTest extends ApiTestSupport {

    private static final String PREVIEW = "/api/v1/plugins/preview-stac?url=";
    private static final String SYNC = "/api/v1/admin/registry/sync";

    @Inject
    InMemoryDocumentFetcher fetcher;

    @Test
    void previewValidatesTheDocumentAndAnswersItsFaceWithoutStoringIt() {
        String url = "https://raw.githubusercontent.com/example/" + unique("doc") + ".json";
        fetcher.serve(url, JsonText.fixture("registry/plugins/quality_checker.json"));

        Api.Reply reply = api.get("alice", PREVIEW + url);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("quality_checker", text(reply.object(), "id"));
        assertEquals("Data Quality Checker", text(reply.object(), "name"));
        assertEquals("1.0.0", text(reply.object(), "version"));
        assertEquals("asset_detail", text(reply.object(), "slot"));
        assertEquals(JsonText.fixture("registry/plugins/quality_checker.json").get("ui").orElseThrow(),
                member(reply.object(), "ui"));
        assertEquals(List.of("author"), elements(reply.object(), "warnings").stream()
                .map(warning -> text(warning, "field")).toList(), "the document's author is not taken");
        assertEquals(404, api.get("alice", "/api/v1/plugins/quality_checker").status(), "nothing was stored");
    }

    @Test
    void aStacFileWithoutASlotPreviewsWithANullSlotAndTheAuthorItNames() {
        String url = "https://raw.githubusercontent.com/example/" + unique("stac") + "/plugin.stac.json";
        fetcher.serve(url, JsonText.object("""
                {"name": "Contador Activos", "version": "1.2.0", "description": "Cuenta activos",
                 "author": "Invenicum Team", "authorAvatar": "https://avatars.example.org/team.png",
                 "ui": {"type": "text", "data": "Hola {{user.name}}"}}"""));

        Api.Reply reply = api.get("alice", PREVIEW + url);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("contador_activos", text(reply.object(), "id"));
        assertEquals("1.2.0", text(reply.object(), "version"));
        assertEquals(JsonNull.INSTANCE, member(reply.object(), "slot"));
        assertEquals(JsonText.json("{\"type\": \"text\", \"data\": \"Hola {{user.name}}\"}"), member(reply.object(), "ui"));
        assertEquals("Invenicum Team", text(reply.object(), "author"));
        assertEquals("https://avatars.example.org/team.png", text(reply.object(), "authorAvatar"));
    }

    @Test
    void aRegistryPluginFileWhoseSlotIsInTheIndexPreviewsTheSameWay() {
        String url = "https://raw.githubusercontent.com/example/" + unique("registry") + ".json";
        Map<String, JsonValue> members = new LinkedHashMap<>(JsonText.fixture("registry/plugins/quality_checker.json").members());
        members.remove("slot");
        fetcher.serve(url, new JsonObject(members));

        Api.Reply reply = api.get("alice", PREVIEW + url);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("quality_checker", text(reply.object(), "id"));
        assertEquals(JsonNull.INSTANCE, member(reply.object(), "slot"));
        assertEquals(text(JsonText.fixture("registry/plugins/quality_checker.json"), "author"), text(reply.object(), "author"));
    }

    @Test
    void previewWithoutAUrlIsAnInvalidRequest() {
        assertEquals("INVALID_REQUEST", api.get("alice", "/api/v1/plugins/preview-stac").error());
        assertEquals("INVALID_REQUEST", api.get("alice", PREVIEW).error());
    }

    @Test
    void previewFailuresKeepTheirCodes() {
        String refused = "http://169.254.169.254/" + unique("meta");
        String huge = "https://raw.githubusercontent.com/" + unique("huge");
        String notAnObject = "https://raw.githubusercontent.com/" + unique("array");
        String badStac = "https://raw.githubusercontent.com/" + unique("stac");
        fetcher.fail(refused, new UrlNotAllowedException("Only https URLs on allowed hosts may be fetched"));
        fetcher.fail(huge, new PayloadTooLargeException("The document is larger than 256 KiB"));
        fetcher.serve(notAnObject, JsonText.json("[1, 2]"));
        JsonObject invalidUi = JsonText.fixture("registry/plugins/quality_checker.json")
                .with("ui", JsonText.json("{\"type\": \"iframe\"}"));
        fetcher.serve(badStac, invalidUi);

        assertStatus(api.get("alice", PREVIEW + refused), 400, "URL_NOT_ALLOWED");
        assertStatus(api.get("alice", PREVIEW + huge), 413, "PAYLOAD_TOO_LARGE");
        assertStatus(api.get("alice", PREVIEW + notAnObject), 400, "INVALID_MANIFEST");
        assertStatus(api.get("alice", PREVIEW + badStac), 400, "INVALID_STAC");
        assertStatus(api.get("alice", PREVIEW + "https://unreachable.example/x.json"), 502, "UPSTREAM_UNAVAILABLE");
    }

    @Test
    void syncMirrorsTheRegistryAndReportsWhatItSkipped() {
        JsonObject index = JsonText.fixture("registry/repository_plugin.json");
        for (var entry : ((dev.plugbay.domain.json.JsonArray) index.get("plugins").orElseThrow()).elements()) {
            String id = text(entry, "id");
            marketplace.registry.list(id, (JsonObject) entry, JsonText.fixture("registry/plugins/" + id + ".json"));
        }

        Api.Reply first = admin(HttpRequest.POST(SYNC, ""));
        Api.Reply second = admin(HttpRequest.POST(SYNC, ""));

        assertEquals(200, first.status(), first::toString);
        assertEquals(4, number(first.object(), "added"));
        assertEquals(0, number(first.object(), "removed"));
        assertEquals(List.of("broken_version"), elements(first.object(), "skipped").stream()
                .map(skipped -> text(skipped, "id")).toList());
        assertTrue(!text(elements(first.object(), "skipped").get(0), "error").isBlank());
        assertEquals(0, number(second.object(), "added"));
        Api.Reply official = api.get("alice", "/api/v1/plugins/digital_clock");
        assertTrue(Json.flag(official.object(), "isOfficial"));
    }

    @Test
    void anUnreachableRegistryIsUpstreamUnavailable() {
        marketplace.registry.setUnavailable(true);
        try {
            assertStatus(admin(HttpRequest.POST(SYNC, "")), 502, "UPSTREAM_UNAVAILABLE");
        } finally {
            marketplace.registry.setUnavailable(false);
        }
    }

    @Test
    void theLastSyncIsReadBackWithWhatItChanged() {
        Api.Reply synced = admin(HttpRequest.POST(SYNC, ""));

        Api.Reply last = admin(HttpRequest.GET(SYNC));

        assertEquals(200, last.status(), last::toString);
        JsonValue run = member(last.object(), "lastSync");
        assertTrue(Json.flag(run, "succeeded"));
        assertEquals(synced.object(), member(run, "report"));
        assertEquals(JsonNull.INSTANCE, member(run, "failure"));
        assertTrue(!text(run, "startedAt").isBlank() && !text(run, "finishedAt").isBlank());
    }

    @Test
    void theLastSyncSaysWhyItFailed() {
        marketplace.registry.setUnavailable(true);
        try {
            admin(HttpRequest.POST(SYNC, ""));
        } finally {
            marketplace.registry.setUnavailable(false);
        }

        JsonValue run = member(admin(HttpRequest.GET(SYNC)).object(), "lastSync");

        assertEquals(false, Json.flag(run, "succeeded"));
        assertEquals(JsonNull.INSTANCE, member(run, "report"));
        assertEquals("UPSTREAM_UNAVAILABLE", text(member(run, "failure"), "error"));
        assertTrue(!text(member(run, "failure"), "message").isBlank());
    }

    @Test
    void theLastSyncIsForAdminsOnly() {
        assertStatus(api.get("alice", SYNC), 403, "PERMISSION_DENIED");
        assertStatus(api.send(HttpRequest.GET(SYNC)), 401, "UNAUTHORIZED");
    }

    private Api.Reply admin(io.micronaut.http.MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(api.token(unique("admin"), "ADMIN")));
    }

    private static void assertStatus(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error());
    }
}
