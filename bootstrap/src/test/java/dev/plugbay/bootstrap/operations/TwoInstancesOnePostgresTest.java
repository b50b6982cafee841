package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.persistence.support.TestDatabase;
import dev.plugbay.adapters.rest.security.JwtSigningKey;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.host.HostOperator;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, scale-out: two servers, each a JVM of its own, on one PostgreSQL database (with the
 * same token secret, each with its own plugbay.home). Requests split over both see one catalog:
 * counts are exact, conflicts are decided once, and a change made through one is seen through the
 * other at once. The host side is each one's own: host plugins and settings are per host. The last
 * test kills one of them under load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesOnePostgresTest {

    private static final int PARALLEL = 16;

    @TempDir
    static Path homes;
    private static TestDatabase database;
    private static ChildServer first;
    private static ChildServer second;
    private static Requests requests;
    private static TokenIssuer tokens;

    @BeforeAll
    static void startTwoServersOnOneDatabase() {
        database = TestDatabase.postgres();
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("plugbay.jwt.secret", secret);
        first = ChildServer.start(homes.resolve("first"), properties, "first");
        second = ChildServer.start(homes.resolve("second"), properties, "second");
        tokens = new TokenIssuer(JwtSigningKey.fromSecret(secret, "the test's secret"), "plugbay");
        requests = new Requests(tokens);
    }

    @AfterAll
    static void stopServersAndDropDatabase() {
        try {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
        } finally {
            if (database != null) {
                database.drop();
            }
        }
    }

    @Test
    @Order(1)
    void twoHundredUsersInstallingThroughBothCountExactlyTwoHundredOnBoth() {
        create(first, "alice", "counted");

        List<Integer> statuses = inParallel(200, user -> requests.send(split(user), "user-" + user, "POST",
                "/api/v1/plugins/install", "{\"id\": \"counted\"}").status());

        assertEquals(200, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(200, downloadCount(first, "counted"));
        assertEquals(200, downloadCount(second, "counted"));
    }

    @Test
    @Order(2)
    void fiftyParallelInstallsByOneUserSplitOverBothInstallOnceAndRefuseTheRest() {
        create(second, "alice", "once");

        List<Integer> statuses = inParallel(50, attempt -> requests.send(split(attempt), "bob", "POST",
                "/api/v1/plugins/install", "{\"id\": \"once\"}").status());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(1, downloadCount(first, "once"));
        assertEquals(1, downloadCount(second, "once"));
    }

    @Test
    @Order(3)
    void aPluginCreatedOnOneIsListedByTheOtherAtOnceWithANewEntityTag() {
        String page = "/api/v1/plugins/community?q=freshword&size=50";
        Requests.Answer before = requests.get(second.base(), "carol", page);
        assertEquals(200, before.status(), before.body());
        assertEquals(List.of(), ((JsonArray) before.json()).elements());
        String tagBefore = before.entityTag().orElseThrow();

        JsonObject manifest = Manifests.uiPlugin("fresh", "1.0.0").with("description", new JsonString("A freshword plugin"));
        assertEquals(201, requests.send(first.base(), "alice", "POST", "/api/v1/plugins", manifest.toJson()).status());

        Requests.Answer after = requests.getIfNoneMatch(second.base(), "carol", page, tagBefore);
        assertEquals(200, after.status(), "the other instance answered from a stale page: " + after.body());
        assertNotEquals(tagBefore, after.entityTag().orElseThrow());
        assertEquals(List.of("fresh"), ids(after.json()));
        assertEquals(200, requests.get(second.base(), "carol", "/api/v1/plugins/fresh").status());
    }

    @Test
    @Order(4)
    void twentyParallelUpdatesToOneVersionSplitOverBothLetExactlyOneSucceed() {
        create(first, "alice", "raced");
        String update = Manifests.uiPlugin("raced", "1.1.0").toJson();

        List<Integer> statuses = inParallel(20, attempt -> requests.send(split(attempt), "alice", "PUT",
                "/api/v1/plugins/raced", update).status());

        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        for (ChildServer server : List.of(first, second)) {
            JsonValue detail = requests.get(server.base(), "alice", "/api/v1/plugins/raced").json();
            assertEquals(new JsonString("1.1.0"), ((JsonObject) detail).get("version").orElseThrow());
            assertEquals(2, ((JsonArray) ((JsonObject) detail).get("versions").orElseThrow()).elements().size());
        }
    }

    @Test
    @Order(5)
    void aDeleteOnOneIsGoneFromTheOtherAtOnce() {
        create(first, "alice", "doomed");
        String page = "/api/v1/plugins/community?q=doomed&size=50";
        assertEquals(List.of("doomed"), ids(requests.get(second.base(), "carol", page).json()));
        assertEquals(200, requests.get(second.base(), "carol", "/api/v1/plugins/doomed").status());

        assertEquals(200, requests.send(second.base(), "alice", "DELETE", "/api/v1/plugins/doomed", null).status());

        assertEquals(404, requests.get(first.base(), "carol", "/api/v1/plugins/doomed").status());
        assertEquals(List.of(), ids(requests.get(first.base(), "carol", page).json()));
    }

    @Test
    @Order(6)
    void hostPluginsAndSettingsAreEachInstancesOwn() {
        Path sources = homes.resolve("sources");
        String install = "{\"path\": \"" + HostOperator.fixture("request-logger-1.0.0", sources) + "\"}";
        Requests.Answer installed = requests.asOperator(first.base(), "POST", "/api/plugins", install);
        assertEquals(201, installed.status(), installed.body());

        assertEquals(List.of("request-logger"), hostPlugins(first));
        assertEquals(List.of(), hostPlugins(second));
        Requests.Answer sameNameOnSecond = requests.asOperator(second.base(), "POST", "/api/plugins", install);
        assertEquals(201, sameNameOnSecond.status(), sameNameOnSecond.body());
        assertNotEquals(hostPluginId(first), hostPluginId(second));

        String url = "{\"pluginMarketplaceUrl\":\"https://raw.githubusercontent.com/plugbay/registry/main/plugins.json\"}";
        Requests.Answer saved = requests.asOperator(first.base(), "PATCH", "/api/settings", url);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(url, requests.asOperator(first.base(), "GET", "/api/settings", null).body());
        assertEquals("{\"pluginMarketplaceUrl\":null}", requests.asOperator(second.base(), "GET", "/api/settings", null).body());

        Requests.Answer uninstalled = requests.asOperator(second.base(), "DELETE", "/api/plugins/request-logger", null);
        assertEquals(200, uninstalled.status(), uninstalled.body());
        assertEquals(List.of(), hostPlugins(second));
        assertEquals(List.of("request-logger"), hostPlugins(first));
    }

    /** Last: it kills the second server. */
    @Test
    @Order(7)
    void killingOneUnderLoadLeavesTheOtherAnsweringAndLosesNothingEitherAcknowledged() {
        WriteLoad load = new WriteLoad(tokens);
        WriteLoad.Round onSurvivor = load.start(first.base(), "survivor");
        WriteLoad.Round onVictim = load.start(second.base(), "victim");
        assertTrue(onVictim.awaitAcknowledged(15, 40, Duration.ofMinutes(2)), "the load on the second server");
        int survivorInstallsAtKill = onSurvivor.acknowledgedInstalls();

        second.kill();
        boolean survivorKeptServing = onSurvivor.awaitAcknowledged(0, survivorInstallsAtKill + 40, Duration.ofMinutes(2));
        onSurvivor.stop();
        onVictim.stop();

        assertTrue(survivorKeptServing, "the first server stopped acknowledging installs after the second was killed");
        assertEquals(0, onSurvivor.unanswered(), "requests to the first server that got no answer");
        assertEquals(List.of(), load.serverErrors());
        load.assertAllPresent(first.base());
        assertEquals(List.of(), first.errorLines());
    }

    private static URI split(int index) {
        return (index % 2 == 0 ? first : second).base();
    }

    private static void create(ChildServer server, String author, String id) {
        Requests.Answer created = requests.send(server.base(), author, "POST", "/api/v1/plugins",
                Manifests.uiPlugin(id, "1.0.0").toJson());
        assertEquals(201, created.status(), created.body());
    }

    private static List<String> hostPlugins(ChildServer server) {
        Requests.Answer listed = requests.asOperator(server.base(), "GET", "/api/plugins", null);
        assertEquals(200, listed.status(), listed.body());
        return ((JsonArray) ((JsonObject) listed.json()).get("plugins").orElseThrow()).elements().stream()
                .map(plugin -> ((JsonString) ((JsonObject) plugin).get("name").orElseThrow()).value()).toList();
    }

    private static String hostPluginId(ChildServer server) {
        JsonValue detail = requests.asOperator(server.base(), "GET", "/api/plugins/request-logger", null).json();
        JsonObject plugin = (JsonObject) ((JsonObject) detail).get("plugin").orElseThrow();
        return ((JsonString) plugin.get("id").orElseThrow()).value();
    }

    private static long downloadCount(ChildServer server, String id) {
        Requests.Answer detail = requests.get(server.base(), "dave", "/api/v1/plugins/" + id);
        assertEquals(200, detail.status(), detail.body());
        return ((JsonNumber) ((JsonObject) detail.json()).get("downloadCount").orElseThrow()).value().longValueExact();
    }

    private static List<String> ids(JsonValue page) {
        return ((JsonArray) page).elements().stream()
                .map(view -> ((JsonString) ((JsonObject) view).get("id").orElseThrow()).value()).toList();
    }

    /** Runs {@code count} calls at once (as many in flight as the pool allows) and returns their statuses in order. */
    private static List<Integer> inParallel(int count, IntFunction<Integer> call) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Integer>> answers = java.util.stream.IntStream.range(0, count)
                    .mapToObj(index -> pool.submit(() -> call.apply(index))).toList();
            List<Integer> statuses = answers.stream().map(TwoInstancesOnePostgresTest::await).toList();
            assertFalse(statuses.contains(0), "a request got no answer: " + statuses);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Integer await(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
