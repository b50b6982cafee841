package dev.plugbay.adapters.github.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub.Server;
import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.adapters.github.fake.RecordedRequest;
import dev.plugbay.adapters.github.outbound.guard.SystemHostResolver;
import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.testing.JsonText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GitHubRegistryReaderTest {

    private static final String PREFIX = "/" + FakeGitHub.OWNER + "/" + FakeGitHub.REPO + "/" + FakeGitHub.BRANCH + "/";
    private static final List<String> FIXTURE_IDS = List.of("digital_clock", "who_am_i", "stock-alerts",
            "quality_checker", "broken_version");

    private final FakeGitHub fake = FakeGitHub.withFixtureRegistry();
    private final GitHubRegistryReader reader = new GitHubRegistryReader(GitHubFixtures.connection(fake, true));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void readsTheIndexAndEveryPluginFileFromRawContentWithoutTheToken() {
        List<RegistryEntry> entries = reader.readAll();

        assertEquals(FIXTURE_IDS, entries.stream().map(RegistryEntry::id).toList());
        assertEquals(Optional.of(JsonText.fixture("registry/plugins/quality_checker.json")), entries.get(3).document());
        assertEquals(6, fake.requests(Server.RAW).size());
        assertEquals("GET " + PREFIX + "repository_plugin.json", fake.calls(Server.RAW).get(0));
        assertTrue(fake.requests().stream().allMatch(request -> request.header("authorization").isEmpty()));
        assertEquals(List.of(), fake.requests(Server.API));
    }

    @Test
    void anUnchangedIndexCostsOneConditionalRequest() {
        List<RegistryEntry> first = reader.readAll();
        fake.clearRequests();

        List<RegistryEntry> second = reader.readAll();

        assertEquals(first, second);
        List<RecordedRequest> requests = fake.requests();
        assertEquals(1, requests.size());
        assertTrue(requests.get(0).header("if-none-match").isPresent());
    }

    @Test
    void onlyThePluginFileWhoseIndexEntryChangedIsFetchedAgain() {
        reader.readAll();
        String index = fake.file(FakeGitHub.BRANCH, "repository_plugin.json").orElseThrow();
        fake.putFile("repository_plugin.json", index.replace("\"version\":\"1.2.0\"", "\"version\":\"1.3.0\""));
        fake.putFile("plugins/digital_clock.json", fake.file(FakeGitHub.BRANCH, "plugins/digital_clock.json").orElseThrow()
                .replace("\"version\":\"1.2.0\"", "\"version\":\"1.3.0\""));
        fake.clearRequests();

        List<RegistryEntry> entries = reader.readAll();

        assertEquals(List.of("GET " + PREFIX + "repository_plugin.json", "GET " + PREFIX + "plugins/digital_clock.json"),
                fake.calls(Server.RAW));
        assertTrue(entries.get(0).document().orElseThrow().toJson().contains("1.3.0"));
    }

    @Test
    void aFileThatFailedIsFetchedAgainOnTheNextChangeOfTheIndex() {
        fake.inject(Server.RAW, PREFIX + "plugins/who_am_i.json", new Fault.Status(500));
        assertTrue(reader.readAll().get(1).failure().isPresent());
        fake.clearFaults();
        fake.putFile("repository_plugin.json", fake.file(FakeGitHub.BRANCH, "repository_plugin.json").orElseThrow() + " ");
        fake.clearRequests();

        List<RegistryEntry> entries = reader.readAll();

        assertEquals(List.of("GET " + PREFIX + "repository_plugin.json", "GET " + PREFIX + "plugins/who_am_i.json"),
                fake.calls(Server.RAW));
        assertTrue(entries.get(1).document().isPresent());
    }

    static Stream<Arguments> indexFailures() {
        return Stream.of(
                Arguments.of("HTTP 500", new Fault.Status(500), "HTTP 500"),
                Arguments.of("rate limit 403", new Fault.RateLimited(403), "rate limit is spent (HTTP 403)"),
                Arguments.of("rate limit 429", new Fault.RateLimited(429), "rate limit is spent (HTTP 429)"),
                Arguments.of("malformed JSON", new Fault.Body("{\"plugins\": [".getBytes(StandardCharsets.UTF_8), "text/plain"), "not valid JSON"),
                Arguments.of("no plugins array", new Fault.Body("{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8), "text/plain"), "no \"plugins\" array"),
                Arguments.of("slower than the time limit", new Fault.Delay(Duration.ofSeconds(3)), "did not answer in time"),
                Arguments.of("302 to a private address", new Fault.Redirect("http://10.0.0.1/repository_plugin.json"), "redirect"),
                Arguments.of("oversized", new Fault.Body(new byte[1024 * 1024 + 1], "text/plain"), "larger than 1048576 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexFailures")
    void anIndexThatCannotBeReadFailsTheReadAndKeepsTheLastGoodState(String name, Fault fault, String reason) {
        List<RegistryEntry> good = reader.readAll();
        fake.putFile("repository_plugin.json", fake.file(FakeGitHub.BRANCH, "repository_plugin.json").orElseThrow() + " ");
        fake.inject(Server.RAW, PREFIX + "repository_plugin.json", fault);

        UpstreamUnavailableException failure = assertThrows(UpstreamUnavailableException.class, reader::readAll);

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, failure.code());
        assertTrue(failure.getMessage().contains(reason), failure.getMessage());
        fake.clearFaults();
        fake.clearRequests();
        assertEquals(good, reader.readAll());
        assertEquals(1, fake.requests(Server.RAW).size(), "only the changed index is read again");
    }

    static Stream<Arguments> fileFailures() {
        return Stream.of(
                Arguments.of(new Fault.Status(500), "HTTP 500"),
                Arguments.of(new Fault.RateLimited(429), "rate limit is spent"),
                Arguments.of(new Fault.Body("{\"id\": \"who_am_i\",}".getBytes(StandardCharsets.UTF_8), "text/plain"), "is not valid JSON"),
                Arguments.of(new Fault.Body("[1, 2]".getBytes(StandardCharsets.UTF_8), "text/plain"), "is not a JSON object"),
                Arguments.of(new Fault.Chunked(new byte[1024 * 1024 + 10], "text/plain"), "larger than 1048576 bytes"),
                Arguments.of(new Fault.Redirect("http://169.254.169.254/latest/meta-data/"), "redirect"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileFailures")
    void aPluginFileThatCannotBeReadIsThatEntrysFailureAlone(Fault fault, String reason) {
        fake.inject(Server.RAW, PREFIX + "plugins/who_am_i.json", fault);

        List<RegistryEntry> entries = reader.readAll();

        RegistryEntry whoAmI = entries.get(1);
        assertEquals("who_am_i", whoAmI.id());
        assertTrue(whoAmI.failure().orElseThrow().startsWith("plugins/who_am_i.json "), whoAmI.failure().orElseThrow());
        assertTrue(whoAmI.failure().orElseThrow().contains(reason), whoAmI.failure().orElseThrow());
        assertEquals(4, entries.stream().filter(entry -> entry.document().isPresent()).count());
    }

    @Test
    void idsAreCheckedBeforeTheyBecomePaths() {
        fake.putFile("repository_plugin.json", """
                {"plugins": [{"id": "../../secrets"}, {"id": "Who_Am_I"}, {"id": 7}, "who_am_i",
                             {"id": "who_am_i"}, {"id": "who_am_i"}]}
                """);

        List<RegistryEntry> entries = reader.readAll();

        assertEquals(List.of("../../secrets", "Who_Am_I", "plugins[2]", "plugins[3]", "who_am_i", "who_am_i"),
                entries.stream().map(RegistryEntry::id).toList());
        assertEquals(List.of(false, false, false, false, true, false),
                entries.stream().map(entry -> entry.document().isPresent()).toList());
        assertTrue(entries.get(5).failure().orElseThrow().contains("more than once"));
        assertEquals(List.of("GET " + PREFIX + "repository_plugin.json", "GET " + PREFIX + "plugins/who_am_i.json"),
                fake.calls(Server.RAW));
    }

    @Test
    void fetchesPluginFilesWithBoundedParallelism() {
        GitHubSettings two = GitHubFixtures.settings(fake, false);
        GitHubRegistryReader boundedReader = new GitHubRegistryReader(new GitHubConnection(new GitHubSettings(
                two.apiUrl(), two.rawUrl(), two.token(), two.registry(), two.timeouts(), 2), new SystemHostResolver()));
        fake.inject(Server.RAW, PREFIX + "plugins/", new Fault.Gather(3, Duration.ofMillis(500)));

        assertEquals(5, boundedReader.readAll().size());

        assertEquals(2, fake.mostConcurrentRequests());
    }

    @Test
    void withoutARegistryNothingIsConfiguredOrRead() {
        GitHubSettings configured = GitHubFixtures.settings(fake, true);
        GitHubRegistryReader unconfigured = new GitHubRegistryReader(new GitHubConnection(new GitHubSettings(
                configured.apiUrl(), configured.rawUrl(), configured.token(), Optional.empty(), configured.timeouts(), 4),
                new SystemHostResolver()));

        assertEquals(false, unconfigured.isConfigured());
        assertThrows(UpstreamUnavailableException.class, unconfigured::readAll);
        assertEquals(List.of(), fake.requests());
    }

}
