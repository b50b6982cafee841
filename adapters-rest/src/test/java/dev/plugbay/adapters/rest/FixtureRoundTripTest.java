package dev.plugbay.adapters.rest;

import static dev.plugbay.adapters.rest.Json.member;
import static dev.plugbay.adapters.rest.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Invenicum docs' example plugin and the built-in examples, created through the API and read back unchanged. */
@MicronautTest
class FixtureRoundTripTest extends ApiTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"quality_checker", "digital_clock", "stock-alerts"})
    void eachExamplePluginCreatesAndRoundTripsUnchanged(String id) {
        JsonObject document = JsonText.fixture("registry/plugins/" + id + ".json");
        String author = unique("author");

        Api.Reply created = create(author, document);
        Api.Reply read = api.get(author, "/api/v1/plugins/" + id);

        assertEquals(201, created.status(), created::toString);
        assertEquals(document.get("ui").orElseThrow(), member(read.object(), "ui"));
        assertEquals(document.get("ui").orElseThrow().toJson(), member(read.object(), "ui").toJson(),
                "the same text, member order included");
        assertEquals(text(document, "name"), text(read.object(), "name"));
        assertEquals(text(document, "slot"), text(read.object(), "slot"));
        assertEquals(text(document, "version"), text(read.object(), "version"));
        api.delete(author, "/api/v1/plugins/" + id);
    }

    @Test
    void whoAmINeedsTheSlotItsIndexEntrySupplies() {
        JsonObject document = JsonText.fixture("registry/plugins/who_am_i.json");
        String author = unique("author");

        Api.Reply withoutSlot = create(author, document);
        Api.Reply withSlot = create(author, document.with("slot", new JsonString("dashboard_top")));

        assertEquals("INVALID_MANIFEST", withoutSlot.error(), withoutSlot::toString);
        assertEquals(201, withSlot.status(), withSlot::toString);
        assertEquals(document.get("ui").orElseThrow().toJson(),
                member(api.get(author, "/api/v1/plugins/who_am_i").object(), "ui").toJson());
    }

    @Test
    void theBrokenVersionExampleIsRefusedWithTheReason() {
        Api.Reply reply = create(unique("author"), JsonText.fixture("registry/plugins/broken_version.json"));

        assertEquals("INVALID_MANIFEST", reply.error());
        assertEquals("version", text(Json.elements(reply.object(), "details").get(0), "field"));
    }
}
