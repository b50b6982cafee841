package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A registry repository in memory: an index and plugin files that tests set up, read as the
 * GitHub adapter reads them; proposals are applied to a list of open pull requests or straight to
 * the files, as GitHub would. Failures can be switched on to test what callers do with them.
 */
public final class InMemoryRegistry implements RegistryReader, RegistryPublisher {

    private final Map<String, JsonObject> index = new LinkedHashMap<>();
    private final Map<String, JsonObject> files = new LinkedHashMap<>();
    private final List<Proposal> openPullRequests = new ArrayList<>();
    private final List<Proposal> withdrawn = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private boolean configured = true;
    private boolean unavailable;

    public synchronized void list(String id, JsonObject indexEntry, JsonObject file) {
        index.put(id, indexEntry);
        files.put(id, file);
    }

    public synchronized void listWithoutFile(String id, JsonObject indexEntry) {
        index.put(id, indexEntry);
        files.remove(id);
    }

    public synchronized void unlist(String id) {
        index.remove(id);
        files.remove(id);
    }

    public synchronized void unconfigure() {
        configured = false;
    }

    /** While unavailable, every read and proposal fails as an unreachable GitHub would. */
    public synchronized void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public synchronized Map<String, JsonObject> files() {
        return Map.copyOf(files);
    }

    public synchronized List<Proposal> openPullRequests() {
        return List.copyOf(openPullRequests);
    }

    public synchronized List<Proposal> withdrawn() {
        return List.copyOf(withdrawn);
    }

    @Override
    public synchronized boolean isConfigured() {
        return configured;
    }

    @Override
    public synchronized List<RegistryEntry> readAll() {
        failIfUnavailable();
        List<RegistryEntry> entries = new ArrayList<>();
        index.forEach((id, entry) -> entries.add(files.containsKey(id)
                ? RegistryEntry.read(id, entry, files.get(id))
                : RegistryEntry.unreadable(id, entry, "plugins/" + id + ".json could not be read: not found")));
        return entries;
    }

    @Override
    public synchronized Proposal proposeCreation(Manifest manifest) {
        return pullRequest("add-" + manifest.id());
    }

    @Override
    public synchronized Proposal proposeUpdate(Manifest manifest, boolean direct) {
        if (!direct) {
            return pullRequest("update-" + manifest.id());
        }
        failIfUnavailable();
        files.put(manifest.id().value(), ManifestWriter.toJson(manifest));
        return Proposal.commit("https://github.example/commit/" + sequence.incrementAndGet(), "sha" + sequence.get());
    }

    @Override
    public synchronized Proposal proposeRemoval(PluginId id, boolean direct) {
        if (!direct) {
            return pullRequest("remove-" + id);
        }
        failIfUnavailable();
        files.remove(id.value());
        index.remove(id.value());
        return Proposal.commit("https://github.example/commit/" + sequence.incrementAndGet(), "sha" + sequence.get());
    }

    @Override
    public synchronized void withdraw(Proposal proposal) {
        openPullRequests.remove(proposal);
        withdrawn.add(proposal);
    }

    private Proposal pullRequest(String branch) {
        failIfUnavailable();
        if (!configured) {
            return Proposal.none("No registry is configured");
        }
        Proposal proposal = Proposal.pullRequest("https://github.example/pull/" + sequence.incrementAndGet(),
                "plugbay/" + branch);
        openPullRequests.add(proposal);
        return proposal;
    }

    private void failIfUnavailable() {
        if (unavailable) {
            throw new UpstreamUnavailableException("The registry is unavailable");
        }
    }
}
