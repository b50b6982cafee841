package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Authors creating plugins and users installing them, all at once, against one server, until
 * stopped. Remembers every write the server acknowledged (a 2xx answer) and every 5xx answer; a
 * request that got no answer (the server was killed, or had stopped listening) was not acknowledged.
 */
final class WriteLoad {

    /** An acknowledged create: who created the plugin and the manifest sent. */
    record Created(String author, JsonObject manifest) {
    }

    /** An acknowledged install. */
    record Installed(String user, String plugin) {
    }

    private static final int AUTHORS = 3;
    private static final int USERS = 6;
    private static final Duration STOP_WITHIN = Duration.ofMinutes(1);
    private static final Duration NOTHING_TO_INSTALL_PAUSE = Duration.ofMillis(5);

    private final Requests requests;
    private final Map<String, Created> created = new ConcurrentHashMap<>();
    private final Set<Installed> installed = ConcurrentHashMap.newKeySet();
    private final Set<String> users = ConcurrentHashMap.newKeySet();
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();

    WriteLoad(TokenIssuer tokens) {
        this.requests = new Requests(tokens);
    }

    Map<String, Created> created() {
        return Collections.unmodifiableMap(created);
    }

    Set<Installed> installed() {
        return Collections.unmodifiableSet(installed);
    }

    /** Every user who installed or tried to install something. */
    Set<String> users() {
        return Collections.unmodifiableSet(users);
    }

    /** Each 5xx answer: the request and the body. */
    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /**
     * Asserts, through the server at {@code base}, that every acknowledged create is there with the
     * manifest sent, that every acknowledged install is in its user's list, and that each plugin's
     * downloadCount is the number of its installations.
     */
    void assertAllPresent(URI base) {
        Map<String, Integer> installations = new HashMap<>();
        for (String user : users) {
            Set<String> listed = new HashSet<>();
            for (JsonValue view : ((JsonArray) get(base, user, "/api/v1/plugins/installed")).elements()) {
                String plugin = text(view, "id");
                listed.add(plugin);
                installations.merge(plugin, 1, Integer::sum);
                assertEquals(new JsonString("active"), member(view, "status"), view.toJson());
            }
            for (Installed install : installed) {
                if (install.user().equals(user)) {
                    assertTrue(listed.contains(install.plugin()), "the acknowledged install " + install + " is gone");
                }
            }
        }
        for (Map.Entry<String, Created> create : created.entrySet()) {
            JsonValue detail = get(base, create.getValue().author(), "/api/v1/plugins/" + create.getKey());
            assertEquals(new JsonString(create.getValue().author()), member(detail, "author"), detail.toJson());
            for (String field : List.of("id", "name", "version", "description", "slot", "tags", "ui")) {
                assertEquals(member(create.getValue().manifest(), field), member(detail, field),
                        field + " of " + create.getKey());
            }
            assertEquals(installations.getOrDefault(create.getKey(), 0),
                    ((JsonNumber) member(detail, "downloadCount")).value().intValueExact(),
                    "downloadCount of " + create.getKey() + " against its installations");
        }
    }

    private JsonValue get(URI base, String user, String path) {
        Requests.Answer answer = requests.get(base, user, path);
        assertEquals(200, answer.status(), "GET " + path + " as " + user + ": " + answer.body());
        return answer.json();
    }

    private static JsonValue member(JsonValue object, String name) {
        return ((JsonObject) object).get(name).orElseThrow(() -> new AssertionError("no " + name + " in " + object.toJson()));
    }

    private static String text(JsonValue object, String name) {
        return ((JsonString) member(object, name)).value();
    }

    /** Starts the authors and users of one round against {@code base}; names are prefixed with {@code round}. */
    Round start(URI base, String round) {
        return new Round(base, round);
    }

    /** One round of load against one server. */
    final class Round {

        private final URI base;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> createdThisRound = new CopyOnWriteArrayList<>();
        private final Set<Installed> installedThisRound = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger unanswered = new AtomicInteger();

        private Round(URI base, String round) {
            this.base = base;
            for (int a = 0; a < AUTHORS; a++) {
                String author = round + "-author-" + a;
                String idPrefix = round + "-" + a + "-";
                threads.add(started(author, () -> createUntilStopped(author, idPrefix)));
            }
            for (int u = 0; u < USERS; u++) {
                String user = round + "-user-" + u;
                users.add(user);
                threads.add(started(user, () -> installUntilStopped(user)));
            }
        }

        private static Thread started(String name, Runnable work) {
            Thread thread = new Thread(work, name);
            thread.start();
            return thread;
        }

        /** Waits until this round has at least so many acknowledged creates and installs. */
        boolean awaitAcknowledged(int creates, int installs, Duration within) {
            Instant deadline = Instant.now().plus(within);
            while (createdThisRound.size() < creates || installedThisRound.size() < installs) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                ChildServer.sleep(Duration.ofMillis(20));
            }
            return true;
        }

        int acknowledgedCreates() {
            return createdThisRound.size();
        }

        int acknowledgedInstalls() {
            return installedThisRound.size();
        }

        /** Requests of this round that got no answer at all. */
        int unanswered() {
            return unanswered.get();
        }

        /** Stops sending and waits for the requests in flight to be answered or to fail. */
        void stop() {
            running.set(false);
            for (Thread thread : threads) {
                try {
                    thread.join(STOP_WITHIN.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        private void createUntilStopped(String author, String idPrefix) {
            for (int n = 0; running.get(); n++) {
                String id = idPrefix + n;
                JsonObject manifest = Manifests.uiPlugin(id, "1.0." + n);
                if (send(author, "POST", "/api/v1/plugins", manifest.toJson()) == 201) {
                    created.put(id, new Created(author, manifest));
                    createdThisRound.add(id);
                }
            }
        }

        private void installUntilStopped(String user) {
            int next = 0;
            while (running.get()) {
                if (next == createdThisRound.size()) {
                    ChildServer.sleep(NOTHING_TO_INSTALL_PAUSE);
                    continue;
                }
                String plugin = createdThisRound.get(next++);
                if (send(user, "POST", "/api/v1/plugins/install", "{\"id\": \"" + plugin + "\"}") == 201) {
                    installed.add(new Installed(user, plugin));
                    installedThisRound.add(new Installed(user, plugin));
                }
            }
        }

        /** The status, or 0 when no answer came. */
        private int send(String user, String method, String path, String json) {
            Requests.Answer answer = requests.send(base, user, method, path, json);
            if (answer.status() >= 500) {
                serverErrors.add(method + " " + path + " " + json + " -> " + answer.status() + " " + answer.body());
            }
            if (answer.status() == 0) {
                unanswered.incrementAndGet();
            }
            return answer.status();
        }
    }
}
