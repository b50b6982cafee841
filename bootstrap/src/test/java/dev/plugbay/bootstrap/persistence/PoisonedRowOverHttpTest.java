package dev.plugbay.bootstrap.persistence;

import static dev.plugbay.bootstrap.MarketplaceApi.find;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plugbay.adapters.persistence.lenient.LenientReadLog;
import dev.plugbay.adapters.persistence.support.LogCapture;
import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.persistence.transaction.Transactions;
import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad token must not poison the catalog, on the packaged configuration, on H2 and PostgreSQL:
 * an unusable {@code avatar} claim is dropped before anything is stored, and a row stored before
 * the rule (written here straight into the database) never fails a list or a detail after a
 * restart; the plugin can still be read, installed, updated and deleted, and the row is reported
 * in the log once, not once per request.
 */
class PoisonedRowOverHttpTest {

    private static final String PLUGINS = "/api/v1/plugins";
    private static final String GOOD_AVATAR = "https://avatars.example/alice.png";

    @Test
    void theEmbeddedDefaultReadsAPoisonedRowLeniently(@TempDir Path home) {
        poisonRestartAndUse(home, Map.of());
    }

    @Test
    void postgresReadsAPoisonedRowLeniently(@TempDir Path home) {
        TestDatabase database = TestDatabase.postgres();
        try {
            poisonRestartAndUse(home, database.properties());
        } finally {
            database.drop();
        }
    }

    private static void poisonRestartAndUse(Path home, Map<String, Object> database) {
        try (PackagedServer first = PackagedServer.start(home, database)) {
            for (String unusable : List.of("", "http://avatars.example/a.png", "javascript:alert(1)", "https://a.example/" + "a".repeat(3000))) {
                String id = "token_card_" + unusable.length();
                assertEquals(201, create(first, avatarToken(first, unusable), id).code());
                assertEquals(JsonNull.INSTANCE, member(first.api().call("carol", HttpRequest.GET(PLUGINS + "/" + id), 200), "authorAvatar"),
                        "the avatar claim '" + unusable + "' was stored");
            }
            assertEquals(201, create(first, avatarToken(first, GOOD_AVATAR), "poisoned_card").code());
            writeStraightIntoTheDatabase(first.context().getBean(Transactions.class));
        }

        try (PackagedServer second = PackagedServer.start(home, database);
                LogCapture log = LogCapture.of(LenientReadLog.class)) {
            for (String user : List.of("carol", "dave", "erin")) {
                JsonValue community = second.api().call(user, HttpRequest.GET(PLUGINS + "/community"), 200);
                assertEquals(JsonNull.INSTANCE, member(find(community, "poisoned_card"), "authorAvatar"));
            }
            JsonValue detail = second.api().call("carol", HttpRequest.GET(PLUGINS + "/poisoned_card"), 200);
            assertEquals(JsonNull.INSTANCE, member(detail, "authorAvatar"));
            assertEquals("alice", text(detail, "author"));

            second.api().call("bob", post(PLUGINS + "/install", "{\"id\": \"poisoned_card\"}"), 201);
            second.api().call("alice", put(PLUGINS + "/poisoned_card", Manifests.uiPlugin("poisoned_card", "1.1.0").toJson()), 200);
            second.api().call("root", List.of("ADMIN"), HttpRequest.DELETE(PLUGINS + "/poisoned_card"), 200);
            second.api().call("carol", HttpRequest.GET(PLUGINS + "/poisoned_card"), 404);

            List<String> reports = log.mentioning("plugin_release poisoned_card 1.0.0");
            assertEquals(1, reports.size(), log.messages()::toString);
            assertTrue(reports.get(0).contains("authorAvatar"), reports.get(0));
        }
    }

    private static HttpResponse<String> create(PackagedServer server, String token, String id) {
        return HttpCalls.exchange(server.client(), HttpRequest.POST(PLUGINS, Manifests.uiPlugin(id, "1.0.0").toJson())
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    /** A token of alice's with this avatar claim, signed with the server's generated secret. */
    private static String avatarToken(PackagedServer server, String avatar) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject("alice").issuer("plugbay").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("avatar", avatar).build());
        try {
            jwt.sign(new MACSigner(server.generatedSecret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The avatar a rule added since now refuses, as a row written before the rule would hold it. */
    private static void writeStraightIntoTheDatabase(Transactions transactions) {
        transactions.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE plugin_release SET manifest = REPLACE(manifest, ?, ?) WHERE plugin_id = 'poisoned_card'")) {
                statement.setString(1, "\"authorAvatar\":\"" + GOOD_AVATAR + "\"");
                statement.setString(2, "\"authorAvatar\":\"javascript:alert(1)\"");
                assertEquals(1, statement.executeUpdate(), "the stored manifest holds the avatar as written");
            }
            return null;
        });
    }
}
