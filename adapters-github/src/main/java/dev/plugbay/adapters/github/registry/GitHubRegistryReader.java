package dev.plugbay.adapters.github.registry;

import dev.plugbay.adapters.github.http.HttpRequest;
import dev.plugbay.adapters.github.http.HttpResponse;
import dev.plugbay.application.port.out.registry.RegistryEntry;
import dev.plugbay.application.port.out.registry.RegistryReader;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the registry from raw content: {@code repository_plugin.json} and {@code plugins/<id>.json}
 * at the configured branch. Requests are conditional: an unchanged index costs one request
 * answered 304, and a plugin file is fetched again only when its index entry changed (or its last
 * read failed). Ids are checked as plugin ids before they become part of a path.
 */
@Singleton
public final class GitHubRegistryReader implements RegistryReader {

    static final String INDEX = "repository_plugin.json";

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
        List<Listed> listed = listing(fresh.get().json());
        Map<String, CachedFile> read = readFiles(registry, listed);
        List<RegistryEntry> entries = new ArrayList<>();
        for (Listed entry : listed) {
            entries.add(entry.refusal().map(reason -> RegistryEntry.unreadable(entry.id(), entry.indexEntry(), reason))
                    .orElseGet(() -> read.get(entry.id()).entry(entry.id(), entry.indexEntry())));
        }
        index = fresh;
        files = read;
        lastEntries = List.copyOf(entries);
        return lastEntries;
    }

    /** The index when it changed, empty when GitHub says it did not (304). */
    private Optional<Document> fetchIndex(RegistryLocation registry) {
        HttpRequest request = conditional(rawPath(registry, INDEX), index.flatMap(Document::etag));
        HttpResponse response;
        try {
            response = github.raw(request);
        } catch (DomainException failed) {
            throw new UpstreamUnavailableException("Could not read the registry index: " + failed.getMessage());
        }
        if (response.status() == 304 && index.isPresent()) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw Answers.failure("read the registry index", response);
        }
        try {
            return Optional.of(new Document(JsonReader.parse(response.text()), response.header("etag")));
        } catch (InvalidRequestException garbage) {
            throw new UpstreamUnavailableException("The registry index is not valid JSON: " + garbage.getMessage());
        }
    }

    private static List<Listed> listing(JsonValue indexDocument) {
        Optional<JsonArray> plugins = Optional.of(indexDocument).filter(JsonObject.class::isInstance)
                .flatMap(object -> ((JsonObject) object).get("plugins")).filter(JsonArray.class::isInstance)
                .map(JsonArray.class::cast);
        if (plugins.isEmpty()) {
            throw new UpstreamUnavailableException("The registry index has no \"plugins\" array");
        }
        List<Listed> listed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonValue> elements = plugins.get().elements();
        for (int position = 0; position < elements.size(); position++) {
            listed.add(listedEntry(elements.get(position), position, seen));
        }
        return listed;
    }

    private static Listed listedEntry(JsonValue element, int position, Set<String> seen) {
        String label = "plugins[" + position + "]";
        if (!(element instanceof JsonObject entry)) {
            return Listed.refused(label, JsonObject.EMPTY, "the index entry is not an object");
        }
        Optional<String> id = Answers.string(entry, "id");
        if (id.isEmpty()) {
            return Listed.refused(label, entry, "the index entry has no string id");
        }
        try {
            new PluginId(id.get());
        } catch (InvalidRequestException invalid) {
            return Listed.refused(id.get(), entry, invalid.getMessage());
        }
        if (!seen.add(id.get())) {
            return Listed.refused(id.get(), entry, "the id is listed more than once in the index");
        }
        return new Listed(id.get(), entry, Optional.empty());
    }

    /** Every listed file, reusing the last good read of those whose index entry did not change. */
    private Map<String, CachedFile> readFiles(RegistryLocation registry, List<Listed> listed) {
        Map<String, CachedFile> read = new HashMap<>();
        Map<String, Listed> toFetch = new LinkedHashMap<>();
        for (Listed entry : listed) {
            if (entry.refusal().isPresent()) {
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
        String path = "plugins/" + entry.id() + ".json";
        try {
            HttpResponse response = github.raw(conditional(rawPath(registry, path), cached.flatMap(CachedFile::etag)));
            if (response.status() == 304 && cached.isPresent()) {
                return new CachedFile(entry.indexEntry(), cached.get().etag(), cached.get().document(), Optional.empty());
            }
            if (response.status() != 200) {
                return CachedFile.failed(entry.indexEntry(), path + " could not be read: " + Answers.problem(response));
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

    private static HttpRequest conditional(String target, Optional<String> etag) {
        HttpRequest request = HttpRequest.get(target);
        return etag.map(tag -> request.withHeader("If-None-Match", tag)).orElse(request);
    }

    private record Document(JsonValue json, Optional<String> etag) {
    }

    /** One index entry, or the reason it cannot be read at all. */
    private record Listed(String id, JsonObject indexEntry, Optional<String> refusal) {

        static Listed refused(String id, JsonObject indexEntry, String reason) {
            return new Listed(id, indexEntry, Optional.of(reason));
        }
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
