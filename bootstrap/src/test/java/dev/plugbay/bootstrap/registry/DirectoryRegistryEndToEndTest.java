package dev.plugbay.bootstrap.registry;

import dev.plugbay.bootstrap.TemporaryFolders;
import static dev.plugbay.bootstrap.MarketplaceApi.ids;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.contracts.testing.FixtureFiles;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.JsonText;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged application syncing from and publishing to a registry in a local directory (a copy
 * of the shared fixture registry), everything over real HTTP: the same sync as against GitHub
 * ({@link RegistryEndToEndTest}), and every change written in place as a commit.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryRegistryEndToEndTest implements TestPropertyProvider {

    private static final String SYNC = "/api/v1/admin/registry/sync";
    private static final String COMMUNITY = "/api/v1/plugins/community";
    private static final List<String> ADMIN = List.of("ADMIN");
    private static final String FILE = "plugins/sun_times.json";

    private final Path registry = copyOfTheFixtureRegistry();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TokenIssuer tokenIssuer;

    private MarketplaceApi api;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "plugbay.home", TemporaryFolders.create("plugbay-directory-e2e").toString(),
                "plugbay.catalog.seed", "false",
                "plugbay.registry.directory", registry.toString(),
                // The schedule must not sync behind the test's back: only the admin call does here.
                "plugbay.registry.initial-delay", "1h",
                "plugbay.registry.sync-interval", "1h");
    }

    @Test
    @Order(1)
    void anAdminSyncMirrorsTheDirectoryAndReportsTheEntryItSkipped() {
        assertEquals("PERMISSION_DENIED", text(api().call("mallory", HttpRequest.POST(SYNC, ""), 403), "error"));

        FixtureRegistry.assertMirrored(api().call("root", ADMIN, HttpRequest.POST(SYNC, ""), 200));
    }

    @Test
    @Order(2)
    void theCommunityListsTheOfficialPluginsWithTheIndexDownloadCounts() {
        FixtureRegistry.assertListedAsOfficial(api().call("bob", HttpRequest.GET(COMMUNITY + "?sort=name"), 200));
    }

    @Test
    @Order(3)
    void createUpdateAndDeleteAreWrittenInPlaceAsCommitsWhoeverMakesThem() {
        JsonValue created = api().call("alice", post("/api/v1/plugins", manifest("sun_times", "1.0.0")), 201);

        assertWrittenInPlace(created);
        assertEquals("1.0.0", text(registryFile(FILE), "version"));
        assertTrue(indexIds().contains("sun_times"), indexIds()::toString);

        JsonValue byAuthor = api().call("alice", put("/api/v1/plugins/sun_times", manifest("sun_times", "1.1.0")), 200);

        assertWrittenInPlace(byAuthor);
        assertEquals("1.1.0", text(registryFile(FILE), "version"));

        JsonValue deleted = api().call("root", ADMIN,
                HttpRequest.DELETE("/api/v1/plugins/sun_times?deleteFromGitHub=true"), 200);

        assertEquals("commit", text(member(deleted, "proposal"), "kind"), deleted.toJson());
        assertFalse(Files.exists(registry.resolve(FILE)), "the file is gone from the registry");
        assertFalse(indexIds().contains("sun_times"), indexIds()::toString);
    }

    @Test
    @Order(4)
    void aSyncWhileTheDirectoryIsGoneIsAnUpstreamFailureNamingNoPath() throws IOException {
        Path away = registry.resolveSibling(registry.getFileName() + "-away");
        Files.move(registry, away);
        try {
            JsonValue failure = api().call("root", ADMIN, HttpRequest.POST(SYNC, ""), 502);

            assertEquals("UPSTREAM_UNAVAILABLE", text(failure, "error"));
            assertFalse(failure.toJson().contains(registry.getParent().toString()), failure.toJson());
            assertEquals(FixtureRegistry.OFFICIAL, ids(api().call("bob", HttpRequest.GET(COMMUNITY + "?sort=name"), 200))
                    .stream().sorted().toList());
        } finally {
            Files.move(away, registry);
        }
    }

    private void assertWrittenInPlace(JsonValue answer) {
        JsonValue proposal = member(answer, "proposal");
        assertEquals("commit", text(proposal, "kind"), answer.toJson());
        assertEquals(registry.resolve(FILE).toUri().toString(), text(proposal, "url"), answer.toJson());
        assertFalse(((JsonObject) answer).has("pullRequestUrl"), answer.toJson());
    }

    private JsonObject registryFile(String name) {
        try {
            return JsonText.object(Files.readString(registry.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> indexIds() {
        return ids(registryFile("repository_plugin.json").get("plugins").orElseThrow());
    }

    private MarketplaceApi api() {
        if (api == null) {
            api = new MarketplaceApi(client, tokenIssuer);
        }
        return api;
    }

    private static String manifest(String id, String version) {
        return Manifests.uiPlugin(id, version).toJson();
    }

    private static Path copyOfTheFixtureRegistry() {
        return FixtureFiles.copy("registry", TemporaryFolders.create("plugbay-registry-directory").resolve("market"));
    }
}
