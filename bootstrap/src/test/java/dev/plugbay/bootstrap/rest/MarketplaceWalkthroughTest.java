package dev.plugbay.bootstrap.rest;

import dev.plugbay.bootstrap.TemporaryFolders;
import static dev.plugbay.bootstrap.MarketplaceApi.find;
import static dev.plugbay.bootstrap.MarketplaceApi.ids;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's walkthrough on the real application: embedded H2 in a fresh plugbay.home, the
 * generated secret, no registry, the example catalog. Browse, install, toggle, create, update,
 * see hasUpdate on another user's installation, delete.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceWalkthroughTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TokenIssuer tokenIssuer;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("plugbay.home", TemporaryFolders.create("plugbay-walkthrough").toString());
    }

    @Test
    void aNewUsersWalkthrough() {
        JsonValue catalog = call("bob", HttpRequest.GET("/api/v1/plugins/community"), 200);
        assertTrue(ids(catalog).contains("quality_checker"), ids(catalog)::toString);

        JsonValue installed = call("bob", post("/api/v1/plugins/install", "{\"id\": \"quality_checker\"}"), 201);
        assertEquals("quality_checker", text(member(installed, "plugin"), "id"));
        JsonValue toggled = call("bob", put("/api/v1/plugins/user/toggle",
                "{\"pluginId\": \"quality_checker\", \"isActive\": true}"), 200);
        assertEquals(JsonBoolean.TRUE, member(toggled, "isActive"));

        JsonValue created = call("alice", post("/api/v1/plugins", """
                {"id": "walkthrough_card", "name": "Walkthrough Card", "version": "1.0.0",
                 "slot": "dashboard_top", "ui": {"type": "text", "data": "Hello {{user.name}}"}}
                """), 201);
        assertEquals("alice", text(created, "author"));
        assertEquals("none", text(member(created, "proposal"), "kind"), "no registry is configured");
        call("bob", post("/api/v1/plugins/install", "{\"id\": \"walkthrough_card\"}"), 201);

        JsonValue updated = call("alice", put("/api/v1/plugins/walkthrough_card", """
                {"version": "1.1.0", "slot": "dashboard_top", "ui": {"type": "text", "data": "Hello again"}}
                """), 200);
        assertEquals("1.1.0", text(updated, "version"));

        JsonValue bobs = call("bob", HttpRequest.GET("/api/v1/plugins/installed"), 200);
        JsonValue card = find(bobs, "walkthrough_card");
        assertEquals(JsonBoolean.TRUE, member(card, "hasUpdate"));
        assertEquals("1.0.0", text(card, "installedVersion"));
        assertEquals("1.1.0", text(card, "latestVersion"));
        JsonValue checker = find(bobs, "quality_checker");
        assertEquals("active", text(checker, "status"));

        call("alice", HttpRequest.DELETE("/api/v1/plugins/walkthrough_card"), 200);
        assertEquals(List.of("quality_checker"), ids(call("bob", HttpRequest.GET("/api/v1/plugins/installed"), 200)));
        assertEquals("PLUGIN_NOT_FOUND", text(call("bob", HttpRequest.GET("/api/v1/plugins/walkthrough_card"), 404), "error"));
    }

    @Test
    void theShippedConfigurationServesTheDocumentationAndTheErrorModel() {
        assertEquals(200, HttpCalls.exchange(client, HttpRequest.GET("/swagger/plugbay.yml")).code());
        assertEquals(200, HttpCalls.exchange(client, HttpRequest.GET("/swagger-ui/index.html")).code());
        assertEquals("ROUTE_NOT_FOUND", text(call("bob", HttpRequest.GET("/api/v1/nowhere"), 404), "error"));
        assertEquals(401, HttpCalls.exchange(client, HttpRequest.GET("/api/v1/nowhere")).code());
        String big = "{\"id\": \"big\", \"description\": \"" + "a".repeat(1024 * 1024) + "\"}";
        assertEquals("PAYLOAD_TOO_LARGE", text(call("bob", post("/api/v1/plugins", big), 413), "error"));
        assertEquals("PERMISSION_DENIED",
                text(call("bob", HttpRequest.POST("/api/v1/admin/registry/sync", ""), 403), "error"));
    }

    private JsonValue call(String user, MutableHttpRequest<?> request, int expectedStatus) {
        return new MarketplaceApi(client, tokenIssuer).call(user, request, expectedStatus);
    }
}
