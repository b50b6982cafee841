package dev.plugbay.bootstrap.registry;

import dev.plugbay.bootstrap.TemporaryFolders;
import static dev.plugbay.bootstrap.MarketplaceApi.find;
import static dev.plugbay.bootstrap.MarketplaceApi.ids;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.number;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.put;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.FakeGitHub.Commit;
import dev.plugbay.adapters.github.fake.FakeGitHub.PullRequest;
import dev.plugbay.adapters.github.fake.FakeGitHub.Server;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.adapters.github.fake.RecordedRequest;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged application (embedded H2 in a fresh plugbay.home, no example catalog) mirroring and
 * publishing to a fake GitHub on 127.0.0.1, everything over real HTTP. The tests run in order on
 * one application: the first one mirrors the registry the others rely on.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryEndToEndTest implements TestPropertyProvider {

    private static final String SYNC = "/api/v1/admin/registry/sync";
    private static final String COMMUNITY = "/api/v1/plugins/community";
    private static final List<String> ADMIN = List.of("ADMIN");

    private final FakeGitHub fake = FakeGitHub.withFixtureRegistry();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TokenIssuer tokenIssuer;

    private MarketplaceApi api;

    @Override
    public Map<String, String> getProperties() {
        // The schedule must not sync behind the test's back: only the admin call does here.
        Map<String, String> properties = new HashMap<>();
        PackagedServer.mirroring(fake).forEach((name, value) -> properties.put(name, value.toString()));
        properties.put("plugbay.home", TemporaryFolders.create("plugbay-registry-e2e").toString());
        properties.put("plugbay.catalog.seed", "false");
        properties.put("plugbay.github.token", FakeGitHub.TOKEN);
        return properties;
    }

    @AfterEach
    void healTheFake() {
        fake.clearFaults();
    }

    @AfterAll
    void stopTheFake() {
        fake.close();
    }

    @Test
    @Order(1)
    void anAdminSyncMirrorsTheRegistryAndReportsTheEntryItSkipped() {
        assertEquals("PERMISSION_DENIED", text(api().call("mallory", HttpRequest.POST(SYNC, ""), 403), "error"));
        assertEquals(List.of(), fake.requests(), "a refused sync must not reach GitHub");

        FixtureRegistry.assertMirrored(api().call("root", ADMIN, HttpRequest.POST(SYNC, ""), 200));
    }

    @Test
    @Order(2)
    void theCommunityListsTheOfficialPluginsWithTheIndexDownloadCountsWithoutAskingGitHub() {
        fake.clearRequests();

        FixtureRegistry.assertListedAsOfficial(api().call("bob", HttpRequest.GET(COMMUNITY + "?sort=name"), 200));
        assertEquals(List.of(), fake.requests(), "listing must not call GitHub");
    }

    @Test
    @Order(3)
    void installingAnOfficialPluginCountsADownloadWithoutAskingGitHub() {
        fake.clearRequests();

        JsonValue installed = api().call("bob", post("/api/v1/plugins/install", "{\"id\": \"digital_clock\"}"), 201);

        assertEquals("digital_clock", text(member(installed, "plugin"), "id"));
        assertEquals(42, number(api().call("bob", HttpRequest.GET("/api/v1/plugins/digital_clock"), 200), "downloadCount"));
        assertEquals(List.of("digital_clock"), ids(api().call("bob", HttpRequest.GET("/api/v1/plugins/installed"), 200)));
        assertEquals(List.of(), fake.requests(), "installing must not call GitHub");
    }

    @Test
    @Order(4)
    void createUpdateAndDeleteArePublishedToTheRegistry() {
        fake.clearRequests();
        String file = "plugins/sun_times.json";

        JsonValue created = api().call("alice", post("/api/v1/plugins", manifest("sun_times", "1.0.0")), 201);

        PullRequest addition = onlyPullRequestFrom("plugbay/add-sun_times");
        assertEquals(addition.url(), text(created, "pullRequestUrl"));
        assertEquals("pull_request", text(member(created, "proposal"), "kind"));
        assertTrue(fake.branchNames().contains("plugbay/add-sun_times"), fake.branchNames()::toString);
        assertTrue(fake.file("plugbay/add-sun_times", file).orElseThrow().contains("\"1.0.0\""));
        assertTrue(fake.file(FakeGitHub.BRANCH, file).isEmpty(), "the registry branch waits for the review");
        assertTheTokenWentOnlyToTheApi();
        fake.putFile(file, fake.file("plugbay/add-sun_times", file).orElseThrow()); // the maintainers merge it

        JsonValue byAuthor = api().call("alice", put("/api/v1/plugins/sun_times", manifest("sun_times", "1.1.0")), 200);

        assertEquals(onlyPullRequestFrom("plugbay/update-sun_times-1.1.0").url(), text(byAuthor, "pullRequestUrl"));
        assertTrue(fake.file(FakeGitHub.BRANCH, file).orElseThrow().contains("\"1.0.0\""), "no commit for an author");
        int commitsBefore = fake.commits().size();

        JsonValue byAdmin = api().call("root", ADMIN, put("/api/v1/plugins/sun_times", manifest("sun_times", "1.2.0")), 200);

        assertEquals("commit", text(member(byAdmin, "proposal"), "kind"), byAdmin.toJson());
        assertFalse(((JsonObject) byAdmin).has("pullRequestUrl"), byAdmin.toJson());
        assertEquals(commitsBefore + 1, fake.commits().size());
        assertCommitted(file, "update");
        assertTrue(fake.file(FakeGitHub.BRANCH, file).orElseThrow().contains("\"1.2.0\""));
        assertEquals(2, fake.pullRequests().size(), "the admin's update opened no pull request");

        JsonValue deleted = api().call("root", ADMIN,
                HttpRequest.DELETE("/api/v1/plugins/sun_times?deleteFromGitHub=true"), 200);

        assertEquals("commit", text(member(deleted, "proposal"), "kind"), deleted.toJson());
        assertCommitted(file, "delete");
        assertTrue(fake.file(FakeGitHub.BRANCH, file).isEmpty(), "the file is gone from the registry");
        assertEquals("PLUGIN_NOT_FOUND", text(api().call("alice", HttpRequest.GET("/api/v1/plugins/sun_times"), 404), "error"));
        assertTheTokenWentOnlyToTheApi();
    }

    static Stream<Arguments> githubFailures() {
        return Stream.of(
                Arguments.of("500", new Fault.Status(500)),
                Arguments.of("rate limited (403)", new Fault.RateLimited(403)),
                Arguments.of("rate limited (429)", new Fault.RateLimited(429)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubFailures")
    @Order(5)
    void aSyncWhileGitHubFailsIsAnUpstreamFailureAndTheCatalogStaysAsItWas(String description, Fault fault) {
        JsonValue before = api().call("bob", HttpRequest.GET(COMMUNITY + "?sort=name&installed=include"), 200);
        fake.inject(Server.RAW, "/", fault);
        fake.inject(Server.API, "/", fault);

        JsonValue failure = api().call("root", ADMIN, HttpRequest.POST(SYNC, ""), 502);

        assertEquals("UPSTREAM_UNAVAILABLE", text(failure, "error"));
        assertFalse(failure.toJson().contains("127.0.0.1"), failure.toJson());
        JsonValue after = api().call("bob", HttpRequest.GET(COMMUNITY + "?sort=name&installed=include"), 200);
        assertEquals(before, after);
        assertEquals(FixtureRegistry.OFFICIAL, ids(after).stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubFailures")
    @Order(6)
    void aCreateWhileGitHubFailsIsAnUpstreamFailureAndLeavesNothingInTheCatalog(String description, Fault fault) {
        fake.inject(Server.API, "/", fault);
        int pullRequestsBefore = fake.pullRequests().size();

        JsonValue failure = api().call("alice", post("/api/v1/plugins", manifest("moon_phase", "1.0.0")), 502);

        assertEquals("UPSTREAM_UNAVAILABLE", text(failure, "error"));
        assertEquals("PLUGIN_NOT_FOUND", text(api().call("alice", HttpRequest.GET("/api/v1/plugins/moon_phase"), 404), "error"));
        assertFalse(ids(api().call("alice", HttpRequest.GET(COMMUNITY), 200)).contains("moon_phase"));
        assertEquals(pullRequestsBefore, fake.pullRequests().size());
    }

    @Test
    @Order(7)
    void onceGitHubAnswersAgainTheSameCreateIsPublished() {
        JsonValue created = api().call("alice", post("/api/v1/plugins", manifest("moon_phase", "1.0.0")), 201);

        assertEquals(onlyPullRequestFrom("plugbay/add-moon_phase").url(), text(created, "pullRequestUrl"));
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

    private PullRequest onlyPullRequestFrom(String branch) {
        List<PullRequest> matching = fake.pullRequests().stream().filter(pr -> pr.head().equals(branch)).toList();
        assertEquals(1, matching.size(), fake.pullRequests()::toString);
        assertEquals(FakeGitHub.BRANCH, matching.get(0).base());
        assertEquals("open", matching.get(0).state());
        return matching.get(0);
    }

    private void assertCommitted(String file, String action) {
        List<Commit> commits = fake.commits();
        assertFalse(commits.isEmpty(), "no commit on the fake");
        Commit last = commits.get(commits.size() - 1);
        assertEquals(List.of(FakeGitHub.BRANCH, file, action), List.of(last.branch(), last.path(), last.action()), last::toString);
    }

    /** Every API request carried the token; no raw-content request did. */
    private void assertTheTokenWentOnlyToTheApi() {
        List<RecordedRequest> api = fake.requests(Server.API);
        assertFalse(api.isEmpty());
        for (RecordedRequest request : api) {
            assertEquals("Bearer " + FakeGitHub.TOKEN, request.header("authorization").orElse(null), request.call());
        }
        for (RecordedRequest request : fake.requests(Server.RAW)) {
            assertEquals(Optional.empty(), request.header("authorization"), request.call());
        }
    }
}
