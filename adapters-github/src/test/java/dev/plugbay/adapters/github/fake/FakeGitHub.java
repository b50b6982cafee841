package dev.plugbay.adapters.github.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.testing.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake GitHub on 127.0.0.1 for tests: one repository served through the subset of the REST API
 * Plugbay uses (refs, contents with blob shas and 409 on a stale sha, pull requests) and through raw
 * content with ETags. Every request is recorded; faults can be injected per server and path.
 * Seeded with the shared registry fixture unless told otherwise.
 */
public final class FakeGitHub implements AutoCloseable {

    public enum Server { API, RAW }

    public static final String OWNER = "example-org";
    public static final String REPO = "example-market";
    public static final String BRANCH = "main";
    public static final String TOKEN = "ghp_fake-token-for-tests";
    private static final String CHUNKED = "X-Fake-Send-Chunked";

    private final HttpServer api;
    private final HttpServer raw;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Map<String, String>> branches = new LinkedHashMap<>();
    private final Map<String, String> heads = new LinkedHashMap<>();
    private final List<PullRequest> pullRequests = new ArrayList<>();
    private final List<Commit> commits = new ArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<InjectedFault> faults = new CopyOnWriteArrayList<>();
    private final Map<String, String> concurrentEdits = new LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Object gathering = new Object();
    private int gathered;

    public record PullRequest(int number, String head, String base, String title, String state, String url) {
    }

    public record Commit(String sha, String branch, String message, String path, String action) {
    }

    private record InjectedFault(Server server, String pathPrefix, Fault fault) {
    }

    private FakeGitHub() {
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            api = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
            raw = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        api.createContext("/", exchange -> handle(Server.API, exchange));
        raw.createContext("/", exchange -> handle(Server.RAW, exchange));
        api.setExecutor(executor);
        raw.setExecutor(executor);
        branches.put(BRANCH, new LinkedHashMap<>());
        heads.put(BRANCH, nextSha("initial"));
    }

    /** A fake serving the shared registry fixture on its main branch. */
    public static FakeGitHub withFixtureRegistry() {
        FakeGitHub fake = empty();
        JsonObject index = JsonText.fixture("registry/repository_plugin.json");
        fake.putFile("repository_plugin.json", text(index));
        for (JsonValue entry : ((JsonArray) index.get("plugins").orElseThrow()).elements()) {
            String id = ((JsonString) ((JsonObject) entry).get("id").orElseThrow()).value();
            fake.putFile("plugins/" + id + ".json", text(JsonText.fixture("registry/plugins/" + id + ".json")));
        }
        return fake;
    }

    public static FakeGitHub empty() {
        FakeGitHub fake = new FakeGitHub();
        fake.api.start();
        fake.raw.start();
        return fake;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort();
    }

    public String rawUrl() {
        return "http://127.0.0.1:" + raw.getAddress().getPort();
    }

    public int port(Server server) {
        return (server == Server.API ? api : raw).getAddress().getPort();
    }

    // --- repository state, for arranging and asserting -------------------------------------------

    public synchronized void putFile(String path, String content) {
        putFile(BRANCH, path, content);
    }

    public synchronized void putFile(String branch, String path, String content) {
        branches.get(branch).put(path, content);
        heads.put(branch, nextSha(branch + path + content));
    }

    public synchronized void removeFile(String path) {
        branches.get(BRANCH).remove(path);
        heads.put(BRANCH, nextSha("remove " + path));
    }

    public synchronized Optional<String> file(String branch, String path) {
        return Optional.ofNullable(branches.getOrDefault(branch, Map.of()).get(path));
    }

    public synchronized List<String> branchNames() {
        return List.copyOf(branches.keySet());
    }

    public synchronized List<PullRequest> pullRequests() {
        return List.copyOf(pullRequests);
    }

    public synchronized List<Commit> commits() {
        return List.copyOf(commits);
    }

    /** Before the next write to this path, someone else commits {@code content} to it (the client's sha goes stale). */
    public synchronized void editConcurrentlyBeforeNextWrite(String path, String content) {
        concurrentEdits.put(path, content);
    }

    // --- recording and faults --------------------------------------------------------------------

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(Server server) {
        return requests.stream().filter(request -> request.server() == server).toList();
    }

    public List<String> calls(Server server) {
        return requests(server).stream().map(RecordedRequest::call).toList();
    }

    public void clearRequests() {
        requests.clear();
        mostInFlight.set(0);
    }

    /** The most requests that were being answered at the same time since the last clear. */
    public int mostConcurrentRequests() {
        return mostInFlight.get();
    }

    /** Every request to {@code server} whose path starts with {@code pathPrefix} meets the fault until cleared. */
    public void inject(Server server, String pathPrefix, Fault fault) {
        faults.add(new InjectedFault(server, pathPrefix, fault));
    }

    public void clearFaults() {
        faults.clear();
    }

    @Override
    public void close() {
        api.stop(0);
        raw.stop(0);
        executor.shutdownNow();
    }

    // --- HTTP ------------------------------------------------------------------------------------

    private void handle(Server server, HttpExchange exchange) throws IOException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
            requests.add(new RecordedRequest(server, exchange.getRequestMethod(),
                    query == null ? path : path + "?" + query, headers, body));
            Reply reply = faultFor(server, path).map(fault -> applyFault(fault, server, exchange, path, body))
                    .orElseGet(() -> route(server, exchange, path, query, body));
            send(exchange, reply);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void gather(Fault.Gather gather) {
        long deadline = System.nanoTime() + gather.atMost().toNanos();
        synchronized (gathering) {
            gathered++;
            gathering.notifyAll();
            try {
                for (long left = deadline - System.nanoTime(); gathered < gather.parties() && left > 0;
                        left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(gathering, left);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                gathered--;
            }
        }
    }

    private Optional<Fault> faultFor(Server server, String path) {
        return faults.stream().filter(f -> f.server() == server && path.startsWith(f.pathPrefix()))
                .map(InjectedFault::fault).findFirst();
    }

    private Reply applyFault(Fault fault, Server server, HttpExchange exchange, String path, String body) {
        if (fault instanceof Fault.Status status) {
            return Reply.json(status.status(), message("Injected failure"));
        }
        if (fault instanceof Fault.RateLimited limited) {
            return Reply.json(limited.status(), message("API rate limit exceeded"))
                    .header("x-ratelimit-remaining", "0").header("x-ratelimit-limit", "60");
        }
        if (fault instanceof Fault.Delay delay) {
            try {
                Thread.sleep(delay.delay().toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return route(server, exchange, path, exchange.getRequestURI().getRawQuery(), body);
        }
        if (fault instanceof Fault.Gather gather) {
            gather(gather);
            return route(server, exchange, path, exchange.getRequestURI().getRawQuery(), body);
        }
        if (fault instanceof Fault.Body replaced) {
            return new Reply(200, replaced.body(), new LinkedHashMap<>(Map.of("Content-Type", replaced.contentType())));
        }
        if (fault instanceof Fault.Chunked chunked) {
            return new Reply(200, chunked.body(), new LinkedHashMap<>(Map.of("Content-Type", chunked.contentType(),
                    CHUNKED, "yes")));
        }
        if (fault instanceof Fault.Redirect redirect) {
            return Reply.json(302, message("Found")).header("Location", redirect.location());
        }
        Fault.Headers extra = (Fault.Headers) fault;
        Reply normal = route(server, exchange, path, exchange.getRequestURI().getRawQuery(), body);
        extra.headers().forEach(normal::header);
        return normal;
    }

    private Reply route(Server server, HttpExchange exchange, String path, String query, String body) {
        return server == Server.RAW ? rawContent(exchange, path) : api(exchange, path, query, body);
    }

    /** GET /{owner}/{repo}/{branch}/{path}, as raw.githubusercontent.com serves files: text/plain with an ETag. */
    private synchronized Reply rawContent(HttpExchange exchange, String path) {
        String prefix = "/" + OWNER + "/" + REPO + "/";
        if (!exchange.getRequestMethod().equals("GET") || !path.startsWith(prefix)) {
            return Reply.text(404, "404: Not Found");
        }
        String rest = decode(path.substring(prefix.length()));
        for (Map.Entry<String, Map<String, String>> branch : branches.entrySet()) {
            if (rest.startsWith(branch.getKey() + "/")) {
                String content = branch.getValue().get(rest.substring(branch.getKey().length() + 1));
                if (content == null) {
                    return Reply.text(404, "404: Not Found");
                }
                String etag = "W/\"" + blobSha(content) + "\"";
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    return new Reply(304, new byte[0], new LinkedHashMap<>()).header("ETag", etag);
                }
                return Reply.text(200, content).header("ETag", etag);
            }
        }
        return Reply.text(404, "404: Not Found");
    }

    private synchronized Reply api(HttpExchange exchange, String path, String query, String body) {
        String prefix = "/repos/" + OWNER + "/" + REPO + "/";
        if (!path.startsWith(prefix)) {
            return Reply.json(404, message("Not Found"));
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return Reply.json(401, message("Requires authentication"));
        }
        String route = path.substring(prefix.length());
        Map<String, String> params = params(query);
        JsonObject request = body.isEmpty() ? JsonObject.EMPTY : JsonText.object(body);
        if (method.equals("GET") && route.startsWith("git/ref/heads/")) {
            return ref(decode(route.substring("git/ref/heads/".length())));
        }
        if (method.equals("POST") && route.equals("git/refs")) {
            return createRef(string(request, "ref"), string(request, "sha"));
        }
        if (route.startsWith("contents/")) {
            String file = decode(route.substring("contents/".length()));
            switch (method) {
                case "GET":
                    return getContent(file, params.getOrDefault("ref", BRANCH));
                case "PUT":
                    return putContent(file, request);
                case "DELETE":
                    return deleteContent(file, request);
                default:
                    return Reply.json(405, message("Method not allowed"));
            }
        }
        if (route.equals("pulls") && method.equals("POST")) {
            return openPull(request);
        }
        if (route.equals("pulls") && method.equals("GET")) {
            return listPulls(params);
        }
        if (route.startsWith("pulls/") && method.equals("PATCH")) {
            return updatePull(Integer.parseInt(route.substring("pulls/".length())), request);
        }
        return Reply.json(404, message("Not Found"));
    }

    private Reply ref(String branch) {
        if (!heads.containsKey(branch)) {
            return Reply.json(404, message("Not Found"));
        }
        return Reply.json(200, object("ref", "refs/heads/" + branch, "object", object("sha", heads.get(branch), "type", "commit")));
    }

    private Reply createRef(String ref, String sha) {
        String branch = ref.substring("refs/heads/".length());
        if (heads.containsKey(branch)) {
            return Reply.json(422, message("Reference already exists"));
        }
        Optional<String> base = heads.entrySet().stream().filter(head -> head.getValue().equals(sha))
                .map(Map.Entry::getKey).findFirst();
        if (base.isEmpty()) {
            return Reply.json(422, message("Object does not exist"));
        }
        branches.put(branch, new LinkedHashMap<>(branches.get(base.get())));
        heads.put(branch, sha);
        return Reply.json(201, object("ref", ref, "object", object("sha", sha, "type", "commit")));
    }

    private Reply getContent(String file, String branch) {
        String content = branches.getOrDefault(branch, Map.of()).get(file);
        if (content == null) {
            return Reply.json(404, message("Not Found"));
        }
        String encoded = Base64.getMimeEncoder(60, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "\n";
        return Reply.json(200, object("type", "file", "path", file, "sha", blobSha(content),
                "encoding", "base64", "content", encoded));
    }

    private Reply putContent(String file, JsonObject request) {
        String branch = optionalString(request, "branch").orElse(BRANCH);
        Map<String, String> files = branches.get(branch);
        if (files == null) {
            return Reply.json(404, message("Branch " + branch + " not found"));
        }
        applyConcurrentEdit(files, file);
        String current = files.get(file);
        Optional<String> sha = optionalString(request, "sha");
        if (current != null && sha.isEmpty()) {
            return Reply.json(422, message("Invalid request.\n\n\"sha\" wasn't supplied."));
        }
        if (current != null && !sha.get().equals(blobSha(current)) || current == null && sha.isPresent()) {
            return Reply.json(409, message(file + " does not match " + sha.orElse("")));
        }
        String content = new String(Base64.getMimeDecoder().decode(string(request, "content")), StandardCharsets.UTF_8);
        files.put(file, content);
        Commit commit = commit(branch, string(request, "message"), file, current == null ? "create" : "update");
        return Reply.json(current == null ? 201 : 200, object("content", object("path", file, "sha", blobSha(content)),
                "commit", commitJson(commit)));
    }

    private Reply deleteContent(String file, JsonObject request) {
        String branch = optionalString(request, "branch").orElse(BRANCH);
        Map<String, String> files = branches.get(branch);
        if (files == null || !files.containsKey(file)) {
            return Reply.json(404, message("Not Found"));
        }
        applyConcurrentEdit(files, file);
        if (!string(request, "sha").equals(blobSha(files.get(file)))) {
            return Reply.json(409, message(file + " does not match " + string(request, "sha")));
        }
        files.remove(file);
        Commit commit = commit(branch, string(request, "message"), file, "delete");
        return Reply.json(200, object("content", JsonNull.INSTANCE, "commit", commitJson(commit)));
    }

    private void applyConcurrentEdit(Map<String, String> files, String file) {
        String edit = concurrentEdits.remove(file);
        if (edit != null) {
            files.put(file, edit);
        }
    }

    private Commit commit(String branch, String message, String file, String action) {
        Commit commit = new Commit(nextSha(branch + file + action), branch, message, file, action);
        heads.put(branch, commit.sha());
        commits.add(commit);
        return commit;
    }

    private JsonObject commitJson(Commit commit) {
        return object("sha", commit.sha(), "html_url", "https://github.com/" + OWNER + "/" + REPO + "/commit/" + commit.sha());
    }

    private Reply openPull(JsonObject request) {
        String head = string(request, "head");
        String base = string(request, "base");
        if (!heads.containsKey(head) || !heads.containsKey(base)) {
            return Reply.json(422, message("Validation Failed"));
        }
        if (pullRequests.stream().anyMatch(pr -> pr.head().equals(head) && pr.state().equals("open"))) {
            return Reply.json(422, object("message", "Validation Failed", "errors",
                    new JsonArray(List.of(message("A pull request already exists for " + OWNER + ":" + head + ".")))));
        }
        int number = pullRequests.size() + 1;
        PullRequest pr = new PullRequest(number, head, base, string(request, "title"), "open",
                "https://github.com/" + OWNER + "/" + REPO + "/pull/" + number);
        pullRequests.add(pr);
        return Reply.json(201, pullJson(pr));
    }

    private Reply listPulls(Map<String, String> params) {
        String head = params.getOrDefault("head", "");
        String state = params.getOrDefault("state", "open");
        List<JsonValue> matching = pullRequests.stream()
                .filter(pr -> head.isEmpty() || (OWNER + ":" + pr.head()).equals(head))
                .filter(pr -> state.equals("all") || pr.state().equals(state))
                .map(pr -> (JsonValue) pullJson(pr)).toList();
        return Reply.json(200, new JsonArray(matching));
    }

    private Reply updatePull(int number, JsonObject request) {
        if (number < 1 || number > pullRequests.size()) {
            return Reply.json(404, message("Not Found"));
        }
        PullRequest pr = pullRequests.get(number - 1);
        PullRequest updated = new PullRequest(pr.number(), pr.head(), pr.base(), pr.title(),
                optionalString(request, "state").orElse(pr.state()), pr.url());
        pullRequests.set(number - 1, updated);
        return Reply.json(200, pullJson(updated));
    }

    private static JsonObject pullJson(PullRequest pr) {
        return object("number", JsonNumber.of(pr.number()), "html_url", pr.url(), "state", pr.state(),
                "title", pr.title(), "head", object("ref", pr.head()), "base", object("ref", pr.base()));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        boolean chunked = reply.headers().remove(CHUNKED) != null;
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean empty = reply.status() == 304 || reply.body().length == 0;
        exchange.sendResponseHeaders(reply.status(), empty ? -1 : chunked ? 0 : reply.body().length);
        if (!empty) {
            exchange.getResponseBody().write(reply.body());
        }
    }

    private record Reply(int status, byte[] body, Map<String, String> headers) {

        static Reply json(int status, JsonValue body) {
            return new Reply(status, body.toJson().getBytes(StandardCharsets.UTF_8),
                    new LinkedHashMap<>(Map.of("Content-Type", "application/json; charset=utf-8")));
        }

        static Reply text(int status, String body) {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8),
                    new LinkedHashMap<>(Map.of("Content-Type", "text/plain; charset=utf-8")));
        }

        Reply header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    private static JsonObject message(String text) {
        return object("message", text);
    }

    private static JsonObject object(Object... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            members.put((String) namesAndValues[i], value instanceof JsonValue json ? json : new JsonString((String) value));
        }
        return new JsonObject(members);
    }

    private static String string(JsonObject object, String name) {
        return optionalString(object, name).orElse("");
    }

    private static Optional<String> optionalString(JsonObject object, String name) {
        return object.get(name).filter(JsonString.class::isInstance).map(value -> ((JsonString) value).value());
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                params.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Git's blob id: SHA-1 of "blob <length>\0" and the content. */
    static String blobSha(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return sha1(("blob " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8), bytes);
    }

    private String nextSha(String seed) {
        return sha1((seed + sequence.incrementAndGet()).getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    private static String sha1(byte[] head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(head);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String text(JsonObject document) {
        return document.toJson() + "\n";
    }
}
