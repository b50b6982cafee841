package dev.plugbay.bootstrap.hardening;

import static dev.plugbay.bootstrap.hardening.PackagedServer.assertRefused;
import static dev.plugbay.bootstrap.hardening.PackagedServer.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.bootstrap.hardening.PackagedServer.Answer;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "No 500 for a client's mistake": a valid SemVer of 300 characters was a 500 on create
 * and update. A version has at most 256 characters (DOMAIN.md); a longer one is a 400 naming the
 * rule, and one of exactly 256 is stored and read back, on H2 and on PostgreSQL.
 */
class VersionLengthOverHttpTest {

    private static final String PLUGINS = "/api/v1/plugins";

    @Test
    void theEmbeddedDefaultRefusesLongVersionsAndStoresTheLongestAllowed(@TempDir Path home) throws IOException {
        refuseLongVersionsAndStoreTheLongestAllowed(home, Map.of());
    }

    @Test
    void postgresRefusesLongVersionsAndStoresTheLongestAllowed(@TempDir Path home) throws IOException {
        TestDatabase database = TestDatabase.postgres();
        try {
            refuseLongVersionsAndStoreTheLongestAllowed(home, database.properties());
        } finally {
            database.drop();
        }
    }

    private static void refuseLongVersionsAndStoreTheLongestAllowed(Path home, Map<String, Object> database)
            throws IOException {
        try (PackagedServer server = PackagedServer.start(home, database)) {
            assertEquals(201, create(server, "long_version", "1.0.0").status());

            assertTooLong(create(server, "too_long", version(300, '-')));
            assertTooLong(create(server, "too_long_build", version(300, '+')));
            assertTooLong(create(server, "just_too_long", version(257, '-')));
            assertTooLong(update(server, "long_version", version(300, '-')));
            assertTooLong(update(server, "long_version", version(300, '+')));

            String longest = version(256, '-');
            assertEquals(201, create(server, "longest_version", longest).status());
            assertEquals(200, update(server, "long_version", longest).status());
            assertEquals(201, server.send("bob", "POST", PLUGINS + "/install",
                    "{\"id\": \"longest_version\", \"version\": \"" + longest + "\"}").status());

            Answer plugin = server.send("bob", "GET", PLUGINS + "/longest_version", null);
            assertEquals(200, plugin.status(), plugin.text());
            assertEquals(new JsonString(longest), plugin.json().get("version").orElseThrow());
            Answer installed = server.send("bob", "GET", PLUGINS + "/installed", null);
            assertTrue(installed.text().contains("\"installedVersion\":\"" + longest + "\""), installed.text());

            JsonObject refusedInstall = assertRefused(server.send("bob", "POST", PLUGINS + "/install",
                    "{\"id\": \"longest_version\", \"version\": \"" + version(300, '-') + "\"}"), 400, "INVALID_REQUEST");
            assertTrue(message(refusedInstall).contains("at most 256 characters"), message(refusedInstall));
        }
    }

    private static Answer create(PackagedServer server, String id, String version) {
        return server.send("alice", "POST", PLUGINS, Manifests.uiPlugin(id, version).toJson());
    }

    private static Answer update(PackagedServer server, String id, String version) {
        return server.send("alice", "PUT", PLUGINS + "/" + id, Manifests.uiPlugin(id, version).toJson());
    }

    private static void assertTooLong(Answer answer) {
        JsonObject body = assertRefused(answer, 400, "INVALID_MANIFEST");
        assertTrue(message(body).contains("version") && message(body).contains("at most 256 characters"), message(body));
    }

    /** A valid SemVer of exactly {@code length} characters: 9.0.0, then a pre-release or build of dotted parts. */
    static String version(int length, char separator) {
        StringBuilder text = new StringBuilder("9.0.0").append(separator).append("rc");
        while (text.length() < length) {
            text.append(text.length() + 2 <= length ? ".x" : "y");
        }
        return text.toString();
    }
}
