package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.elements;
import static dev.plugbay.adapters.rest.Json.member;
import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/plugins/validate}: create's checks, create's failures, and nothing stored. */
@MicronautTest
class ValidationApiTest extends ApiTestSupport {

    private static final String VALIDATE = "/api/v1/plugins/validate";

    @Test
    void aValidManifestAnswersItsNormalizedFormAndWarningsAndStoresNothing() {
        String id = unique("validated_card");

        Api.Reply reply = api.post("alice", VALIDATE, """
                {"id": "%s", "author": "mallory", "slot": "dashboard_top", "colour": "red",
                 "ui": {"type": "text", "data": "Hi {{user.name}}"}}
                """.formatted(id));

        assertEquals(200, reply.status(), reply::toString);
        JsonValue manifest = member(reply.object(), "manifest");
        assertEquals(id, text(manifest, "id"));
        assertEquals(id, text(manifest, "name"), "the name defaults to the id");
        assertEquals("1.0.0", text(manifest, "version"));
        assertEquals("alice", text(manifest, "author"), "the author comes from the token");
        assertEquals("MIT", text(manifest, "license"));
        assertEquals(new JsonArray(List.of()), member(manifest, "tags"));
        assertEquals(List.of("author", "colour"), elements(reply.object(), "warnings").stream()
                .map(warning -> text(warning, "field")).sorted().toList());
        assertEquals(404, api.get("alice", "/api/v1/plugins/" + id).status(), "nothing was stored");
        assertEquals(201, create("alice", Manifests.uiPlugin(id, "1.0.0")).status(),
                "nor reserved");
    }

    @Test
    void aStacErrorNamesItsNodeByJsonPointer() {
        Api.Reply reply = api.post("alice", VALIDATE, """
                {"id": "%s", "slot": "dashboard_top",
                 "ui": {"type": "center", "child": {"type": "marquee"}}}
                """.formatted(unique("stac_card")));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_STAC", reply.error());
        assertEquals("/child", text(elements(reply.object(), "details").get(0), "pointer"));
    }

    @Test
    void fieldErrorsNameTheirFieldAndComeWithStacErrors() {
        Api.Reply reply = api.post("alice", VALIDATE, """
                {"id": "%s", "version": "v1", "slot": "nowhere", "ui": {"type": "column", "children": [{"type": 3}]}}
                """.formatted(unique("field_card")));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_MANIFEST", reply.error());
        List<String> locations = elements(reply.object(), "details").stream()
                .map(detail -> ((JsonObject) detail).has("field") ? text(detail, "field") : text(detail, "pointer"))
                .toList();
        assertEquals(List.of("/children/0", "slot", "version"), locations.stream().sorted().toList());
    }

    @Test
    void malformedOrMissingBodiesAreInvalidRequests() {
        assertEquals("INVALID_REQUEST", api.post("alice", VALIDATE, "{\"id\": ").error());
        assertEquals("INVALID_REQUEST", api.post("alice", VALIDATE, "[]").error());
        assertEquals("INVALID_REQUEST", api.post("alice", VALIDATE, "").error());
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.Reply reply = api.send(HttpRequest.POST(VALIDATE, "{\"id\": \"x\"}").contentType(MediaType.APPLICATION_JSON_TYPE));

        assertEquals(401, reply.status(), reply::toString);
        assertEquals("UNAUTHORIZED", reply.error());
    }
}
