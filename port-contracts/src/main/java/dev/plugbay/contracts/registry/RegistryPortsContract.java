package dev.plugbay.contracts.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.testing.JsonText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the registry reader and publisher ports mean, whatever implements them: the in-memory
 * registry of the use-case tests, the GitHub adapter against the fake GitHub and the directory
 * registry. A registry either reviews changes (GitHub: a creation, and anyone's but an admin's
 * change, is a pull request that leaves the registry branch alone) or has no reviews (a directory:
 * every change is written in place, a commit); {@link #reviewsChanges()} says which, and the tests
 * of the other kind are skipped.
 */
public abstract class RegistryPortsContract {

    /** A fresh, configured registry (with a token where one matters) holding no plugin. */
    protected abstract void openEmptyRegistry();

    protected abstract RegistryReader reader();

    protected abstract RegistryPublisher publisher();

    /** Whether changes other than an admin's go through a review (a pull request) before they reach the registry. */
    protected abstract boolean reviewsChanges();

    protected abstract void list(String id, JsonObject indexEntry, JsonObject file);

    protected abstract void listWithoutFile(String id, JsonObject indexEntry);

    protected abstract void unlist(String id);

    /** The plugin file on the registry branch (in the registry, when it has no branches). */
    protected abstract Optional<JsonObject> registryFile(String id);

    /** The pull requests open on the registry; none for a registry without reviews. */
    protected abstract List<String> openPullRequestUrls();

    protected abstract void setUnavailable(boolean unavailable);

    @BeforeEach
    void emptyRegistry() {
        openEmptyRegistry();
    }

    @Test
    void readsEveryListedEntryInIndexOrderWithItsFile() {
        list("digital_clock", entry("digital_clock", "1.2.0"), JsonText.fixture("registry/plugins/digital_clock.json"));
        list("who_am_i", entry("who_am_i", "1.0.0"), JsonText.fixture("registry/plugins/who_am_i.json"));

        List<RegistryEntry> entries = reader().readAll();

        assertTrue(reader().isConfigured());
        assertEquals(List.of("digital_clock", "who_am_i"), entries.stream().map(RegistryEntry::id).toList());
        assertEquals(Optional.of(JsonText.fixture("registry/plugins/who_am_i.json")), entries.get(1).document());
        assertEquals(entry("who_am_i", "1.0.0"), entries.get(1).indexEntry());
    }

    @Test
    void aListedPluginWithoutItsFileIsUnreadableWithTheReason() {
        listWithoutFile("ghost", entry("ghost", "1.0.0"));

        RegistryEntry ghost = reader().readAll().get(0);

        assertEquals("ghost", ghost.id());
        assertTrue(ghost.document().isEmpty());
        assertTrue(ghost.failure().orElseThrow().contains("plugins/ghost.json"), ghost.failure().orElseThrow());
    }

    @Test
    void aPluginThatLeftTheIndexIsNoLongerRead() {
        list("digital_clock", entry("digital_clock", "1.2.0"), JsonText.fixture("registry/plugins/digital_clock.json"));
        list("who_am_i", entry("who_am_i", "1.0.0"), JsonText.fixture("registry/plugins/who_am_i.json"));
        reader().readAll();

        unlist("digital_clock");

        assertEquals(List.of("who_am_i"), reader().readAll().stream().map(RegistryEntry::id).toList());
    }

    @Test
    void anUnavailableRegistryFailsReadsAndProposalsAsUpstreamUnavailable() {
        list("digital_clock", entry("digital_clock", "1.2.0"), JsonText.fixture("registry/plugins/digital_clock.json"));
        setUnavailable(true);

        assertUpstreamUnavailable(() -> reader().readAll());
        assertUpstreamUnavailable(() -> publisher().proposeCreation(manifest("fresh", "1.0.0")));
        assertUpstreamUnavailable(() -> publisher().proposeUpdate(manifest("digital_clock", "1.3.0"), true));
        assertUpstreamUnavailable(() -> publisher().proposeUpdate(manifest("digital_clock", "1.3.0"), false));
    }

    @Test
    void aCreationIsAPullRequestFromTheAddBranchAndLeavesTheRegistryBranchAlone() {
        assumeTrue(reviewsChanges(), "a registry without reviews writes every change in place");
        Proposal proposal = publisher().proposeCreation(manifest("fresh", "1.0.0"));

        assertEquals(Proposal.Kind.PULL_REQUEST, proposal.kind());
        assertEquals(Optional.of("plugbay/add-fresh"), proposal.reference());
        assertEquals(List.of(proposal.url().orElseThrow()), openPullRequestUrls());
        assertEquals(Optional.empty(), registryFile("fresh"));
    }

    @Test
    void anAdminUpdateIsCommittedToTheRegistryBranch() {
        list("digital_clock", entry("digital_clock", "1.2.0"), JsonText.fixture("registry/plugins/digital_clock.json"));
        Manifest next = manifest("digital_clock", "1.3.0");

        Proposal proposal = publisher().proposeUpdate(next, true);

        assertEquals(Proposal.Kind.COMMIT, proposal.kind());
        assertTrue(proposal.url().isPresent() && proposal.reference().isPresent());
        assertEquals(Optional.of(ManifestWriter.toJson(next)), registryFile("digital_clock"));
        assertEquals(List.of(), openPullRequestUrls());
    }

    @Test
    void anyoneElsesUpdateIsAPullRequestAndLeavesTheRegistryBranchAlone() {
        assumeTrue(reviewsChanges(), "a registry without reviews writes every change in place");
        JsonObject file = JsonText.fixture("registry/plugins/digital_clock.json");
        list("digital_clock", entry("digital_clock", "1.2.0"), file);

        Proposal proposal = publisher().proposeUpdate(manifest("digital_clock", "1.3.0"), false);

        assertEquals(Proposal.Kind.PULL_REQUEST, proposal.kind());
        assertEquals(List.of(proposal.url().orElseThrow()), openPullRequestUrls());
        assertEquals(Optional.of(file), registryFile("digital_clock"));
    }

    @Test
    void anAdminRemovalDeletesTheFileAndAnyoneElsesIsAPullRequest() {
        assumeTrue(reviewsChanges(), "a registry without reviews writes every change in place");
        list("digital_clock", entry("digital_clock", "1.2.0"), JsonText.fixture("registry/plugins/digital_clock.json"));
        list("who_am_i", entry("who_am_i", "1.0.0"), JsonText.fixture("registry/plugins/who_am_i.json"));

        Proposal direct = publisher().proposeRemoval(new PluginId("digital_clock"), true);
        Proposal proposed = publisher().proposeRemoval(new PluginId("who_am_i"), false);

        assertEquals(Proposal.Kind.COMMIT, direct.kind());
        assertEquals(Optional.empty(), registryFile("digital_clock"));
        assertEquals(Proposal.Kind.PULL_REQUEST, proposed.kind());
        assertTrue(registryFile("who_am_i").isPresent());
    }

    @Test
    void withdrawingAPullRequestClosesItAndNeverThrows() {
        assumeTrue(reviewsChanges(), "a registry without reviews opens no pull request");
        Proposal proposal = publisher().proposeCreation(manifest("fresh", "1.0.0"));

        publisher().withdraw(proposal);

        assertFalse(openPullRequestUrls().contains(proposal.url().orElseThrow()));
        setUnavailable(true);
        assertDoesNotThrow(() -> publisher().withdraw(Proposal.pullRequest("https://github.example/pull/77", "plugbay/add-x")));
    }

    @Test
    void withoutReviewsACreationIsWrittenInPlaceAndReadBackWithTheNextRead() {
        assumeFalse(reviewsChanges(), "a registry with reviews proposes a creation as a pull request");
        Manifest fresh = manifest("fresh", "1.0.0");

        Proposal proposal = publisher().proposeCreation(fresh);

        assertEquals(Proposal.Kind.COMMIT, proposal.kind());
        assertTrue(proposal.url().isPresent() && proposal.reference().isPresent());
        assertEquals(Optional.of(ManifestWriter.toJson(fresh)), registryFile("fresh"));
        RegistryEntry read = reader().readAll().get(0);
        assertEquals("fresh", read.id());
        assertEquals(Optional.of(ManifestWriter.toJson(fresh)), read.document());
        assertEquals(List.of(), openPullRequestUrls());
    }

    @Test
    void withoutReviewsAnyoneElsesUpdateAndRemovalAreWrittenInPlace() {
        assumeFalse(reviewsChanges(), "a registry with reviews proposes them as pull requests");
        list("digital_clock", entry("digital_clock", "1.2.0"), JsonText.fixture("registry/plugins/digital_clock.json"));
        list("who_am_i", entry("who_am_i", "1.0.0"), JsonText.fixture("registry/plugins/who_am_i.json"));
        Manifest next = manifest("digital_clock", "1.3.0");

        Proposal updated = publisher().proposeUpdate(next, false);
        Proposal removed = publisher().proposeRemoval(new PluginId("who_am_i"), false);

        assertEquals(List.of(Proposal.Kind.COMMIT, Proposal.Kind.COMMIT), List.of(updated.kind(), removed.kind()));
        assertEquals(Optional.of(ManifestWriter.toJson(next)), registryFile("digital_clock"));
        assertEquals(Optional.empty(), registryFile("who_am_i"));
        List<RegistryEntry> entries = reader().readAll();
        assertEquals(List.of("digital_clock"), entries.stream().map(RegistryEntry::id).toList());
        assertEquals(Optional.of(ManifestWriter.toJson(next)), entries.get(0).document());
    }

    public static JsonObject entry(String id, String version) {
        return JsonText.object("""
                {"id": "%s", "name": "%s", "version": "%s", "author": "octo-dev", "slot": "dashboard_top", "downloadCount": 5}
                """.formatted(id, id, version));
    }

    public static Manifest manifest(String id, String version) {
        return Manifests.reader().read(Manifests.uiPlugin(id, version).with("author", new JsonString("clockmaker")),
                ManifestOrigin.document()).manifest();
    }

    private static void assertUpstreamUnavailable(Executable call) {
        DomainException failure = assertThrows(DomainException.class, call);
        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, failure.code());
    }
}
