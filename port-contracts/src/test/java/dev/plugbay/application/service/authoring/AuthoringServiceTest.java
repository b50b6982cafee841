package dev.plugbay.application.service.authoring;

import static dev.plugbay.application.service.DomainFailures.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.in.authoring.AuthoringResult;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.contracts.memory.Marketplace;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.user.Caller;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthoringServiceTest {

    private static final Caller ALICE = Caller.user("alice");
    private static final Caller BOB = Caller.user("bob");
    private static final Caller ADMIN = Caller.admin("root");
    private static final PluginId CLOCK = new PluginId("clock");

    private final Marketplace market = new Marketplace();

    @Test
    void createTakesTheAuthorFromTheCallerAndProposesAPullRequest() {
        AuthoringResult result = market.authoring.create(ALICE,
                Manifests.uiPlugin("clock", "1.0.0").with("author", new JsonString("mallory")));

        assertEquals("alice", result.plugin().author().value());
        assertEquals(Proposal.Kind.PULL_REQUEST, result.proposal().kind());
        assertTrue(result.proposal().pullRequestUrl().isPresent());
        assertEquals("author", result.warnings().get(0).field());
        assertEquals(1, market.registry.openPullRequests().size());
        assertTrue(market.persistence.catalog().find(CLOCK).isPresent());
    }

    @Test
    void privatePluginsAreNotProposed() {
        AuthoringResult result = market.authoring.create(ALICE, Manifests.privateUiPlugin("clock", "1.0.0"));

        assertFalse(result.proposal().wasMade());
        assertTrue(market.registry.openPullRequests().isEmpty());
    }

    @Test
    void anExistingIdCannotBeCreatedAgain() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));

        assertCode(ErrorCode.ALREADY_EXISTS, () -> market.authoring.create(BOB, Manifests.uiPlugin("clock", "2.0.0")));
    }

    @Test
    void aFailedProposalLeavesTheCatalogUnchanged() {
        market.registry.setUnavailable(true);

        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0")));

        assertTrue(market.persistence.catalog().find(CLOCK).isEmpty());
        assertTrue(market.persistence.releaseLedger().everPublished(CLOCK).isEmpty());
    }

    @Test
    void theAuthorPublishesANewReleaseAsAPullRequest() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));

        AuthoringResult result = market.authoring.update(ALICE, CLOCK, Manifests.uiPlugin("clock", "1.1.0"));

        assertEquals("1.1.0", result.plugin().latestVersion().toString());
        assertEquals(2, result.plugin().releases().size());
        assertEquals(Proposal.Kind.PULL_REQUEST, result.proposal().kind());
    }

    @Test
    void anAdminsUpdateIsCommittedAndKeepsTheAuthor() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));

        AuthoringResult result = market.authoring.update(ADMIN, CLOCK, Manifests.uiPlugin("clock", "1.1.0"));

        assertEquals(Proposal.Kind.COMMIT, result.proposal().kind());
        assertEquals("alice", result.plugin().author().value());
        assertEquals("1.1.0", market.registry.files().get("clock").get("version").orElseThrow().toJson().replace("\"", ""));
    }

    @Test
    void someoneElseMayNotUpdateOrDelete() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));

        assertCode(ErrorCode.PERMISSION_DENIED, () -> market.authoring.update(BOB, CLOCK, Manifests.uiPlugin("clock", "2.0.0")));
        assertCode(ErrorCode.PERMISSION_DENIED, () -> market.authoring.delete(BOB, CLOCK, false));
        assertEquals("1.0.0", market.persistence.catalog().find(CLOCK).orElseThrow().latestVersion().toString());
    }

    @Test
    void anotherAuthorsPrivatePluginIsNotFoundEvenForUpdates() {
        market.authoring.create(ALICE, Manifests.privateUiPlugin("clock", "1.0.0"));

        assertCode(ErrorCode.PLUGIN_NOT_FOUND, () -> market.authoring.update(BOB, CLOCK, Manifests.uiPlugin("clock", "2.0.0")));
    }

    @Test
    void anUpdateMustBeStrictlyNewer() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.2.0-beta.1"));

        assertCode(ErrorCode.VERSION_CONFLICT, () -> market.authoring.update(ALICE, CLOCK, Manifests.uiPlugin("clock", "1.2.0-alpha")));
        assertCode(ErrorCode.VERSION_CONFLICT, () -> market.authoring.update(ALICE, CLOCK, Manifests.uiPlugin("clock", "1.2.0-beta.1+build.7")));
        assertEquals("1.2.0", market.authoring.update(ALICE, CLOCK, Manifests.uiPlugin("clock", "1.2.0")).plugin()
                .latestVersion().toString());
    }

    @Test
    void anUpdateCannotRenameThePlugin() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));

        assertCode(ErrorCode.INVALID_MANIFEST, () -> market.authoring.update(ALICE, CLOCK, Manifests.uiPlugin("watch", "2.0.0")));
    }

    @Test
    void deleteRemovesInstallationsAndKeepsVersionsReserved() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));
        market.installations.install(new InstallCommand(BOB, CLOCK, Optional.empty()));

        Proposal proposal = market.authoring.delete(ALICE, CLOCK, false);

        assertFalse(proposal.wasMade());
        assertTrue(market.persistence.catalog().find(CLOCK).isEmpty());
        assertTrue(market.installations.list(BOB).isEmpty());
        assertCode(ErrorCode.VERSION_CONFLICT, () -> market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0")));
        Plugin recreated = market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.1")).plugin();
        assertEquals("1.0.1", recreated.latestVersion().toString());
    }

    @Test
    void anAdminDeletesFromTheRegistryWithACommit() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));
        market.authoring.update(ADMIN, CLOCK, Manifests.uiPlugin("clock", "1.0.1"));

        Proposal proposal = market.authoring.delete(ADMIN, CLOCK, true);

        assertEquals(Proposal.Kind.COMMIT, proposal.kind());
        assertFalse(market.registry.files().containsKey("clock"));
    }

    @Test
    void aDeletionWhoseProposalFailsKeepsThePluginAndItsInstallations() {
        market.authoring.create(ALICE, Manifests.uiPlugin("clock", "1.0.0"));
        market.installations.install(new InstallCommand(BOB, CLOCK, Optional.empty()));
        market.registry.setUnavailable(true);

        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, () -> market.authoring.delete(ALICE, CLOCK, true));

        assertTrue(market.persistence.catalog().find(CLOCK).isPresent());
        assertEquals(1, market.installations.list(BOB).size());
    }
}
