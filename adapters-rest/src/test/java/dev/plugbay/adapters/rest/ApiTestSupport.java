package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonObject;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/** What every API test needs: the HTTP API as named users, the in-memory marketplace behind it, fresh ids. */
abstract class ApiTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TokenIssuer tokens;

    @Inject
    Marketplace marketplace;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(client, tokens);
    }

    /** An id (and username suffix) no other test uses. */
    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    Api.Reply create(String author, JsonObject manifest) {
        return api.post(author, "/api/v1/plugins", manifest.toJson());
    }

    /** Creates a small public UI plugin and checks that it was created. */
    String published(String author, String id, String version) {
        Api.Reply reply = create(author, Manifests.uiPlugin(id, version));
        assertEquals(201, reply.status(), reply::toString);
        return id;
    }

    String publishedRelease(String author, String id, String version) {
        Api.Reply reply = api.put(author, "/api/v1/plugins/" + id, Manifests.uiPlugin(id, version).toJson());
        assertEquals(200, reply.status(), reply::toString);
        return version;
    }

    Api.Reply install(String user, String id) {
        return api.post(user, "/api/v1/plugins/install", "{\"id\": " + Json.quoted(id) + "}");
    }
}
