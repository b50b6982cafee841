package dev.plugbay.adapters.github.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.FakeGitHub.Server;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.contracts.registry.RegistryPortsContract;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitHubRegistryPublisherTest {

    private static final String REPO = "/repos/" + FakeGitHub.OWNER + "/" + FakeGitHub.REPO;

    private final FakeGitHub fake = FakeGitHub.withFixtureRegistry();
    private final GitHubRegistryPublisher publisher = new GitHubRegistryPublisher(GitHubFixtures.connection(fake, true));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aCreationIsABranchAFileAndAPullRequestWithTheTokenOnApiCallsOnly() {
        Manifest manifest = RegistryPortsContract.manifest("fresh", "1.0.0");

        Proposal proposal = publisher.proposeCreation(manifest);

        assertEquals(Proposal.pullRequest("https://github.com/example-org/example-market/pull/1", "plugbay/add-fresh"), proposal);
        assertEquals(List.of("GET " + REPO + "/git/ref/heads/main", "POST " + REPO + "/git/refs",
                "GET " + REPO + "/contents/plugins/fresh.json", "PUT " + REPO + "/contents/plugins/fresh.json",
                "POST " + REPO + "/pulls"), fake.calls(Server.API));
        assertTrue(fake.requests(Server.API).stream()
                .allMatch(request -> request.header("authorization").equals(Optional.of("Bearer " + FakeGitHub.TOKEN))));
        assertEquals(List.of(), fake.requests(Server.RAW));
        assertEquals(ManifestWriter.toJson(manifest),
                JsonReader.parse(fake.file("plugbay/add-fresh", "plugins/fresh.json").orElseThrow()));
        assertEquals(Optional.empty(), fake.file(FakeGitHub.BRANCH, "plugins/fresh.json"));
        FakeGitHub.PullRequest pr = fake.pullRequests().get(0);
        assertEquals(List.of("plugbay/add-fresh", "main", "open"), List.of(pr.head(), pr.base(), pr.state()));
    }

    @Test
    void anExistingBranchAndItsOpenPullRequestAreReused() {
        Proposal first = publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0"));

        Proposal again = publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.1"));

        assertEquals(first, again);
        assertEquals(1, fake.pullRequests().size());
        assertTrue(JsonReader.parse(fake.file("plugbay/add-fresh", "plugins/fresh.json").orElseThrow()).toJson().contains("1.0.1"));
    }

    @Test
    void anAdminUpdateIsOneCommitOnTheRegistryBranchBasedOnTheFilesSha() {
        Manifest next = RegistryPortsContract.manifest("digital_clock", "1.3.0");

        Proposal proposal = publisher.proposeUpdate(next, true);

        FakeGitHub.Commit commit = fake.commits().get(0);
        assertEquals(Proposal.commit("https://github.com/example-org/example-market/commit/" + commit.sha(), commit.sha()), proposal);
        assertEquals(List.of("main", "plugins/digital_clock.json", "update"), List.of(commit.branch(), commit.path(), commit.action()));
        assertEquals(List.of("GET " + REPO + "/contents/plugins/digital_clock.json",
                "PUT " + REPO + "/contents/plugins/digital_clock.json"), fake.calls(Server.API));
        assertTrue(fake.requests(Server.API).get(1).body().contains("\"sha\""));
        assertEquals(ManifestWriter.toJson(next), JsonReader.parse(fake.file("main", "plugins/digital_clock.json").orElseThrow()));
    }

    @Test
    void aStaleShaIsReadAgainAndTheWriteRetriedOnce() {
        fake.editConcurrentlyBeforeNextWrite("plugins/digital_clock.json", "{\"edited\": \"meanwhile\"}\n");
        Manifest next = RegistryPortsContract.manifest("digital_clock", "1.3.0");

        Proposal proposal = publisher.proposeUpdate(next, true);

        assertEquals(Proposal.Kind.COMMIT, proposal.kind());
        assertEquals(List.of("GET " + REPO + "/contents/plugins/digital_clock.json",
                "PUT " + REPO + "/contents/plugins/digital_clock.json",
                "GET " + REPO + "/contents/plugins/digital_clock.json",
                "PUT " + REPO + "/contents/plugins/digital_clock.json"), fake.calls(Server.API));
        assertEquals(1, fake.commits().size());
    }

    @Test
    void aFileThatKeepsChangingIsNeverOverwrittenBlindly() {
        fake.inject(Server.API, REPO + "/contents/", new Fault.Status(409));

        assertThrows(UpstreamUnavailableException.class,
                () -> publisher.proposeUpdate(RegistryPortsContract.manifest("digital_clock", "1.3.0"), true));
        assertEquals(List.of(), fake.commits());
    }

    @Test
    void anotherUsersUpdateIsAPullRequestFromAVersionedBranch() {
        Proposal proposal = publisher.proposeUpdate(RegistryPortsContract.manifest("digital_clock", "1.3.0-rc.1+b7"), false);

        assertEquals(Optional.of("plugbay/update-digital_clock-1.3.0-rc.1_b7"), proposal.reference());
        assertEquals(Proposal.Kind.PULL_REQUEST, proposal.kind());
        assertTrue(fake.file("main", "plugins/digital_clock.json").orElseThrow().contains("1.2.0"));
    }

    @Test
    void removalsDeleteTheFileDirectlyOrThroughAPullRequest() {
        Proposal direct = publisher.proposeRemoval(new PluginId("digital_clock"), true);
        Proposal proposed = publisher.proposeRemoval(new PluginId("who_am_i"), false);
        Proposal absent = publisher.proposeRemoval(new PluginId("never_listed"), true);

        assertEquals(Proposal.Kind.COMMIT, direct.kind());
        assertEquals(Optional.empty(), fake.file("main", "plugins/digital_clock.json"));
        assertEquals(Optional.of("plugbay/remove-who_am_i"), proposed.reference());
        assertEquals(Optional.empty(), fake.file("plugbay/remove-who_am_i", "plugins/who_am_i.json"));
        assertTrue(fake.file("main", "plugins/who_am_i.json").isPresent());
        assertEquals(Proposal.Kind.NONE, absent.kind());
    }

    @Test
    void withoutATokenNothingIsProposedAndGitHubIsNotCalled() {
        GitHubRegistryPublisher tokenless = new GitHubRegistryPublisher(GitHubFixtures.connection(fake, false));

        Proposal proposal = tokenless.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0"));

        assertEquals(Proposal.none("No GitHub token is configured; nothing was proposed"), proposal);
        assertEquals(List.of(), fake.requests());
    }

    @Test
    void gitHubFailuresAreUpstreamUnavailableAndSayWhy() {
        fake.inject(Server.API, REPO + "/pulls", new Fault.RateLimited(403));

        UpstreamUnavailableException failure = assertThrows(UpstreamUnavailableException.class,
                () -> publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0")));

        assertTrue(failure.getMessage().contains("rate limit is spent (HTTP 403)"), failure.getMessage());
        assertTrue(!failure.getMessage().contains(FakeGitHub.TOKEN));
    }

    @Test
    void aRedirectFromTheApiIsNotFollowedSoTheTokenStaysWithTheApi() {
        fake.inject(Server.API, REPO + "/git/ref/", new Fault.Redirect(fake.rawUrl() + "/collect"));

        assertThrows(UpstreamUnavailableException.class,
                () -> publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0")));

        assertEquals(List.of(), fake.requests(Server.RAW));
    }

    @Test
    void withdrawingClosesTheOrphanedPullRequestAndNeverThrows() {
        Proposal proposal = publisher.proposeCreation(RegistryPortsContract.manifest("fresh", "1.0.0"));

        publisher.withdraw(proposal);
        fake.inject(Server.API, "/", new Fault.Status(500));

        assertEquals("closed", fake.pullRequests().get(0).state());
        assertEquals("PATCH " + REPO + "/pulls/1", fake.calls(Server.API).get(fake.calls(Server.API).size() - 1));
        assertDoesNotThrow(() -> publisher.withdraw(proposal));
        assertDoesNotThrow(() -> publisher.withdraw(Proposal.commit("https://github.com/x/y/commit/abc", "abc")));
    }
}
