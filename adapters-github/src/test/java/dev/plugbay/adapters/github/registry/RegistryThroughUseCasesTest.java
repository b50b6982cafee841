package dev.plugbay.adapters.github.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.FakeGitHub.Server;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.application.port.in.authoring.AuthoringResult;
import dev.plugbay.application.port.in.catalog.CatalogPage;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.port.in.registry.SyncReport;
import dev.plugbay.application.service.authoring.AuthoringService;
import dev.plugbay.application.service.catalog.CatalogService;
import dev.plugbay.application.service.installation.InstallationService;
import dev.plugbay.application.service.registry.RegistrySyncService;
import dev.plugbay.contracts.memory.InMemoryPersistence;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.contracts.testing.MutableClock;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.CatalogSort;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases wired on the GitHub adapter (pointed at the fake) and in-memory persistence, as
 * bootstrap wires them: sync, browse, install, create, update and delete, each checked on the fake.
 */
class RegistryThroughUseCasesTest {

    private final FakeGitHub fake = FakeGitHub.withFixtureRegistry();
    private final GitHubConnection connection = GitHubFixtures.connection(fake, true);
    private final GitHubRegistryReader reader = new GitHubRegistryReader(connection);
    private final GitHubRegistryPublisher publisher = new GitHubRegistryPublisher(connection);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryPersistence persistence = new InMemoryPersistence();
    private final CatalogService catalog = new CatalogService(persistence.catalog(), persistence.catalogRevision(), persistence.installations(),
            persistence.unitOfWork());
    private final InstallationService installations = new InstallationService(persistence.catalog(),
            persistence.installations(), persistence.catalog(), persistence.unitOfWork(), clock);
    private final AuthoringService authoring = new AuthoringService(persistence.catalog(), persistence.catalog(),
            persistence.releaseLedger(), persistence.installations(), publisher, persistence.unitOfWork(),
            Manifests.reader(), clock);
    private final RegistrySyncService sync = new RegistrySyncService(reader, persistence.catalog(), persistence.catalog(),
            persistence.releaseLedger(), persistence.unitOfWork(), Manifests.reader(), clock);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void syncMirrorsTheFixtureRegistryAndSkipsTheBrokenVersionWithTheReason() {
        SyncReport report = sync.sync();

        assertEquals(List.of(4, 0, 0), List.of(report.added(), report.updated(), report.removed()));
        assertEquals(List.of("broken_version"), report.skipped().stream().map(SyncReport.Skipped::id).toList());
        assertTrue(report.skipped().get(0).error().contains("1.0"), report.skipped().get(0).error());
        CatalogPage page = catalog.browse(everything("reader"));
        assertEquals(List.of("digital_clock", "quality_checker", "who_am_i", "stock-alerts"),
                page.entries().stream().map(entry -> entry.plugin().id().value()).toList());
        assertTrue(page.entries().stream().allMatch(entry -> entry.plugin().isOfficial()));
        assertEquals(41, page.entries().get(0).plugin().downloadCount());
        assertEquals("1.0.0", persistence.catalog().find(new PluginId("who_am_i")).orElseThrow().latestVersion().toString());
    }

    @Test
    void anUnchangedRegistrySyncsWithOneRequestAndChangesNothing() {
        sync.sync();
        fake.clearRequests();

        SyncReport again = sync.sync();

        assertEquals(List.of(0, 0, 0), List.of(again.added(), again.updated(), again.removed()));
        assertEquals(1, fake.requests().size());
    }

    @Test
    void aFailedSyncLeavesTheLastGoodCatalogAndInstallsNeverCallGitHub() {
        sync.sync();
        fake.putFile("repository_plugin.json", "{\"plugins\": []}");
        fake.inject(Server.RAW, "/", new Fault.Status(502));

        DomainException failure = assertThrows(DomainException.class, sync::sync);

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, failure.code());
        assertEquals(4, catalog.browse(everything("reader")).total());
        fake.clearRequests();
        installations.install(new InstallCommand(Caller.user("reader"), new PluginId("digital_clock"), Optional.empty()));
        assertEquals(42, persistence.catalog().find(new PluginId("digital_clock")).orElseThrow().downloadCount());
        assertEquals(List.of(), fake.requests());
    }

    @Test
    void aPluginThatLeftTheIndexLeavesTheOfficialSet() {
        sync.sync();
        fake.putFile("repository_plugin.json", fake.file("main", "repository_plugin.json").orElseThrow()
                .replaceFirst("\\{\"id\":\"digital_clock\"[^}]*},", ""));

        SyncReport report = sync.sync();

        assertEquals(1, report.removed());
        assertEquals(false, persistence.catalog().find(new PluginId("digital_clock")).orElseThrow().isOfficial());
    }

    @Test
    void createOpensAPullRequestAndAFailedProposalLeavesTheCatalogUnchanged() {
        AuthoringResult created = authoring.create(Caller.user("alice"), Manifests.uiPlugin("alice_tool", "1.0.0"));

        assertEquals(Optional.of("https://github.com/example-org/example-market/pull/1"), created.proposal().pullRequestUrl());
        assertTrue(fake.file("plugbay/add-alice_tool", "plugins/alice_tool.json").orElseThrow().contains("\"author\":\"alice\""));

        fake.inject(Server.API, "/", new Fault.Status(500));
        DomainException failed = assertThrows(DomainException.class,
                () -> authoring.create(Caller.user("alice"), Manifests.uiPlugin("alice_other", "1.0.0")));
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, failed.code());
        assertEquals(Optional.empty(), persistence.catalog().find(new PluginId("alice_other")));
    }

    @Test
    void anAdminsUpdateIsCommittedAndTheAuthorsIsAPullRequest() {
        sync.sync();
        JsonObject clock120 = fixtureWithVersion("1.3.0");

        AuthoringResult byAdmin = authoring.update(Caller.admin("root"), new PluginId("digital_clock"), clock120);
        AuthoringResult byAuthor = authoring.update(Caller.user("clockmaker"), new PluginId("digital_clock"),
                fixtureWithVersion("1.4.0"));

        assertEquals(Proposal.Kind.COMMIT, byAdmin.proposal().kind());
        assertTrue(fake.file("main", "plugins/digital_clock.json").orElseThrow().contains("\"version\":\"1.3.0\""));
        assertEquals(Proposal.Kind.PULL_REQUEST, byAuthor.proposal().kind());
        assertTrue(fake.file("plugbay/update-digital_clock-1.4.0", "plugins/digital_clock.json").orElseThrow()
                .contains("\"version\":\"1.4.0\""));
        assertEquals("1.4.0", persistence.catalog().find(new PluginId("digital_clock")).orElseThrow().latestVersion().toString());
    }

    @Test
    void deletingWithDeleteFromGitHubRemovesTheFileAsACommitForAnAdminAndAPullRequestOtherwise() {
        sync.sync();

        Proposal byAdmin = authoring.delete(Caller.admin("root"), new PluginId("digital_clock"), true);
        Proposal byAuthor = authoring.delete(Caller.user("octo-dev"), new PluginId("who_am_i"), true);
        Proposal localOnly = authoring.delete(Caller.user("octo-dev"), new PluginId("quality_checker"), false);

        assertEquals(Proposal.Kind.COMMIT, byAdmin.kind());
        assertEquals(Optional.empty(), fake.file("main", "plugins/digital_clock.json"));
        assertEquals(Proposal.Kind.PULL_REQUEST, byAuthor.kind());
        assertEquals(Optional.empty(), fake.file("plugbay/remove-who_am_i", "plugins/who_am_i.json"));
        assertEquals(Proposal.Kind.NONE, localOnly.kind());
        assertTrue(fake.file("main", "plugins/quality_checker.json").isPresent());
        assertEquals(1, catalog.browse(everything("reader")).total());
    }

    private static JsonObject fixtureWithVersion(String version) {
        return dev.plugbay.domain.testing.JsonText.fixture("registry/plugins/digital_clock.json")
                .with("version", new dev.plugbay.domain.json.JsonString(version));
    }

    private static CatalogQuery everything(String viewer) {
        return new CatalogQuery(new Username(viewer), Optional.empty(), Optional.empty(), Optional.empty(),
                CatalogSort.DOWNLOADS, 1, 50);
    }
}
