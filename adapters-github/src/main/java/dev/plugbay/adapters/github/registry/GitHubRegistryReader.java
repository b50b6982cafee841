package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.outbound.http.OutboundRequest;
import dev.plugbay.adapters.github.outbound.http.OutboundResponse;
import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.registry.RegistryIndex.Listed;
import dev.plugbay.domain.registry.RegistryIndex.Listing;
import dev.plugbay.domain.registry.RegistryIndex.Refused;
import dev.plugbay.domain.registry.RegistryIndex;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the registry from raw content: {@code repository_plugin.json} and {@code plugins/<id>.json}
 * at the configured branch. Requests are conditional: an unchanged index costs one request
 * answered 304, and a plugin file is fetched again only when its index entry changed (or its last
 * read failed). The index is read as {@link RegistryIndex} says, ids checked before they become paths.
 */
@Singleton
@Requires(missingProperty = "plugbay.registry.directory")
public final class GitHubRegistryReader implements RegistryReader {

    private final GitHubConnection github;
    private Optional<Document> index = Optional.empty();
    private Map<String, CachedFile> files = Map.of();
    private List<RegistryEntry> lastEntries = List.of();

    public GitHubRegistryReader(GitHubConnection github) {
        this.github = github;
    }

    @Override
    public boolean isConfigured() {
        return github.settings().registry().isPresent();
    }

    @Override
    public synchronized List<RegistryEntry> readAll() {
        RegistryLocation registry = github.settings().registry()
                .orElseThrow(() -> new UpstreamUnavailableException("No registry is configured"));
        Optional<Document> fresh = fetchIndex(registry);
        if (fresh.isEmpty()) {
            return lastEntries;
        }
        List<Listing> listed = RegistryIndex.listings(fresh.get().json());
        Map<String, CachedFile> read = readFiles(registry, listed);
        List<RegistryEntry> entries = new ArrayList<>();
        for (Listing entry : listed) {
            entries.add(entry instanceof Refused refused
                    ? RegistryEntry.unreadable(refused.id(), refused.indexEntry(), refused.reason())
                    : read.get(entry.id()).entry(entry.id(), entry.indexEntry()));
        }
        index = fresh;
        files = read;
        lastEntries = List.copyOf(entries);
        return lastEntries;
    }

    /** The index when it changed, empty when GitHub says it did not (304). */
    private Optional<Document> fetchIndex(RegistryLocation registry) {
        OutboundRequest request = conditional(rawPath(registry, RegistryIndex.INDEX_FILE), index.flatMap(Document::etag));
        OutboundResponse response;
        try {
            response = github.raw(request);
        } catch (DomainException failed) {
            throw new UpstreamUnavailableException("Could not read the registry index: " + failed.getMessage());
        }
        if (response.status() == 304 && index.isPresent()) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw GitHubAnswers.failure("read the registry index", response);
        }
        try {
            return Optional.of(new Document(JsonReader.parse(response.text()), response.header("etag")));
        } catch (InvalidRequestException garbage) {
            throw new UpstreamUnavailableException("The registry index is not valid JSON: " + garbage.getMessage());
        }
    }

    /** Every listed file, reusing the last good read of those whose index entry did not change. */
    private Map<String, CachedFile> readFiles(RegistryLocation registry, List<Listing> listings) {
        Map<String, CachedFile> read = new HashMap<>();
        Map<String, Listed> toFetch = new LinkedHashMap<>();
        for (Listing listing : listings) {
            if (!(listing instanceof Listed entry)) {
                continue;
            }
            CachedFile cached = files.get(entry.id());
            if (cached != null && cached.document().isPresent() && cached.indexEntry().equals(entry.indexEntry())) {
                read.put(entry.id(), cached);
            } else {
                toFetch.put(entry.id(), entry);
            }
        }
        if (toFetch.isEmpty()) {
            return read;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(github.settings().parallelism(), toFetch.size()));
        try {
            Map<String, Future<CachedFile>> pending = new LinkedHashMap<>();
            toFetch.forEach((id, entry) -> pending.put(id, pool.submit(() -> fetchFile(registry, entry))));
            for (Map.Entry<String, Future<CachedFile>> result : pending.entrySet()) {
                read.put(result.getKey(), result.getValue().get());
            }
            return read;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException("The registry read was interrupted");
        } catch (ExecutionException bug) {
            throw new IllegalStateException("Reading a plugin file failed unexpectedly", bug.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private CachedFile fetchFile(RegistryLocation registry, Listed entry) {
        Optional<CachedFile> cached = Optional.ofNullable(files.get(entry.id())).filter(file -> file.document().isPresent());
        String path = entry.file();
        try {
            OutboundResponse response = github.raw(conditional(rawPath(registry, path), cached.flatMap(CachedFile::etag)));
            if (response.status() == 304 && cached.isPresent()) {
                return new CachedFile(entry.indexEntry(), cached.get().etag(), cached.get().document(), Optional.empty());
            }
            if (response.status() != 200) {
                return CachedFile.failed(entry.indexEntry(), path + " could not be read: " + GitHubAnswers.problem(response));
            }
            JsonValue document = JsonReader.parse(response.text());
            if (!(document instanceof JsonObject object)) {
                return CachedFile.failed(entry.indexEntry(), path + " is not a JSON object");
            }
            return new CachedFile(entry.indexEntry(), response.header("etag"), Optional.of(object), Optional.empty());
        } catch (InvalidRequestException garbage) {
            return CachedFile.failed(entry.indexEntry(), path + " is not valid JSON: " + garbage.getMessage());
        } catch (DomainException failed) {
            return CachedFile.failed(entry.indexEntry(), path + " could not be read: " + failed.getMessage());
        }
    }

    private static String rawPath(RegistryLocation registry, String file) {
        return "/" + registry.owner() + "/" + registry.name() + "/" + registry.branch() + "/" + file;
    }

    private static OutboundRequest conditional(String target, Optional<String> etag) {
        OutboundRequest request = OutboundRequest.get(target);
        return etag.map(tag -> request.withHeader("If-None-Match", tag)).orElse(request);
    }

    private record Document(JsonValue json, Optional<String> etag) {
    }

    /** The last read of a plugin file: the index entry it was read for, its ETag, and the document or failure. */
    private record CachedFile(JsonObject indexEntry, Optional<String> etag, Optional<JsonObject> document,
            Optional<String> failure) {

        static CachedFile failed(JsonObject indexEntry, String reason) {
            return new CachedFile(indexEntry, Optional.empty(), Optional.empty(), Optional.of(reason));
        }

        RegistryEntry entry(String id, JsonObject listedEntry) {
            return document.map(json -> RegistryEntry.read(id, listedEntry, json))
                    .orElseGet(() -> RegistryEntry.unreadable(id, listedEntry, failure.orElseThrow()));
        }
    }
}
