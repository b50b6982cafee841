package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HOST.md {@code GET /api/plugins/marketplace} and {@code /api/settings} over HTTP on the packaged
 * configuration, against a fake registry on 127.0.0.1: a registry that is down, slow, redirecting,
 * oversized, malformed or empty answers 200 with the seed and a warning naming why; search; skipped
 * entries; the settings' rules.
 */
class MarketplaceRoutesOverHttpTest {

    private static final List<String> SEED = List.of("request-logger", "rate-limiter", "cost-tracker", "theme-manager");
    private static final String FALLBACK = "; showing the built-in list";
    private static final AtomicInteger PATHS = new AtomicInteger();

    @TempDir
    static Path home;

    private static ServerWithRegistry host;

    @BeforeAll
    static void start() {
        host = ServerWithRegistry.start(home, Map.of("plugbay.outbound.total-timeout", "2s"));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void withoutAUrlTheSeedIsListedWithoutWarningAndSearchFiltersIt() {
        save(null);

        JsonValue seed = listing("");
        assertEquals(SEED, names(seed));
        assertEquals("seed", text(seed, "source"));
        assertFalse(seed.toJson().contains("\"warning\""), seed.toJson());
        JsonValue logger = elements(member(seed, "plugins")).get(0);
        assertEquals("", text(logger, "downloadUrl"));
        assertEquals("true", member(logger, "bundled").toJson());
        assertEquals("true", member(logger, "verified").toJson());
        assertEquals(JsonNull.INSTANCE, member(logger, "installedVersion"));
        assertEquals("false", member(logger, "hasUpdate").toJson());
        assertEquals(64, text(logger, "sha256").length());

        assertEquals(List.of("request-logger"), names(listing("?q=LOGGER")));
        assertEquals(List.of("request-logger"), names(listing("?q=%20%20logger%20")));
        assertEquals(List.of(), names(listing("?q=zzz")));
        assertEquals(SEED, names(listing("?q=")));
        JsonValue tooLong = host.operator().call(HttpRequest.GET("/api/plugins/marketplace?q=" + "a".repeat(101)), 400);
        assertEquals("INVALID_REQUEST", text(tooLong, "error"));
        assertEquals(List.of(), names(listing("?q=" + "a".repeat(100))));
    }

    @Test
    void aRegistryThatCannotBeUsedAnswersTheSeedWithAWarningNamingWhy() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put(host.registry().deadUrl("/registry.json"), "could not be reached");
        reasons.put(host.registry().slow(path(), "[]", Duration.ofSeconds(4)), "did not answer in time");
        reasons.put(host.registry().redirect(path(), host.registry().serve(path(), "[]")), "redirect");
        reasons.put(host.registry().serve(path(), " ".repeat(1024 * 1024) + "[]"), "is larger than");
        reasons.put(host.registry().serve(path(), "<html>not json</html>"), "not valid JSON");
        reasons.put(host.registry().status(path(), 500), "HTTP 500");
        reasons.put(host.registry().serve(path(), "[]"), "Remote registry returned no plugins" + FALLBACK);
        reasons.put(host.registry().serve(path(), "{\"plugins\": []}"), "Remote registry returned no plugins" + FALLBACK);
        reasons.put(host.registry().serve(path(), "{\"items\": []}"),
                "Remote registry is neither an array of entries nor an object with a plugins array" + FALLBACK);
        reasons.put(host.registry().serve(path(), "[{\"name\": \"x\"}]"), "Remote registry has no valid entry" + FALLBACK);
        reasons.put(host.registry().serve(path(), "[" + IntStream.range(0, 1001).mapToObj(MarketplaceRoutesOverHttpTest::entry)
                .collect(Collectors.joining(",")) + "]"), "Remote registry lists more than 1000 entries" + FALLBACK);

        List<String> failures = new ArrayList<>();
        reasons.forEach((url, reason) -> {
            save(url);
            JsonValue listing = listing("");
            String warning = text(listing, "warning");
            if (!SEED.equals(names(listing)) || !"seed".equals(text(listing, "source")) || !warning.contains(reason)
                    || !warning.endsWith(FALLBACK)) {
                failures.add(url + " -> " + listing.toJson());
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void aRemoteRegistryIsListedInOrderWithItsSkippedEntriesAndSearchKeepsThem() {
        String url = host.registry().serve(path(), "{\"plugins\": [" + entry(2) + ", {\"name\": \"Bad Name\", \"version\": \"1.0.0\"}, "
                + entry(1) + ", " + entry(2) + "]}");
        save(url);

        JsonValue listing = listing("");
        assertEquals(List.of("plugin-2", "plugin-1"), names(listing));
        assertEquals("remote", text(listing, "source"));
        List<JsonValue> skipped = elements(member(listing, "skipped"));
        assertEquals(2, skipped.size(), listing.toJson());
        assertEquals("1", member(skipped.get(0), "index").toJson());
        assertEquals("3", member(skipped.get(1), "index").toJson());
        assertEquals("plugin-2", text(skipped.get(1), "name"));
        JsonValue filtered = listing("?q=PLUGIN-1");
        assertEquals(List.of("plugin-1"), names(filtered));
        assertEquals(2, elements(member(filtered, "skipped")).size());
        JsonValue first = elements(member(listing, "plugins")).get(0);
        assertEquals("MIT", text(first, "license"));
        assertEquals("false", member(first, "bundled").toJson());
        assertEquals(JsonNull.INSTANCE, member(first, "sha256"));
    }

    @Test
    void settingsFollowTheirRules() {
        String url = host.registry().serve(path(), "[" + entry(1) + "]");
        assertEquals("{\"pluginMarketplaceUrl\":\"" + url + "\"}", patch("{\"pluginMarketplaceUrl\": \"  " + url + "  \"}", 200).toJson());
        assertEquals("{\"pluginMarketplaceUrl\":\"" + url + "\"}", host.operator().call(HttpRequest.GET("/api/settings"), 200).toJson());
        assertEquals("{\"pluginMarketplaceUrl\":\"" + url + "\"}", patch("{}", 200).toJson());

        JsonValue unknown = patch("{\"pluginMarketplaceUrl\": null, \"theme\": \"dark\"}", 400);
        assertEquals("INVALID_REQUEST", text(unknown, "error"));
        assertEquals("Unknown setting: theme", text(unknown, "message"));
        assertEquals("INVALID_REQUEST", text(patch("{\"pluginMarketplaceUrl\": 42}", 400), "error"));
        String tooLong = "http://127.0.0.1/" + "a".repeat(2048);
        assertEquals("INVALID_REQUEST", text(patch("{\"pluginMarketplaceUrl\": \"" + tooLong + "\"}", 400), "error"));
        assertEquals("INVALID_REQUEST", text(patch("[]", 400), "error"));
        for (String refused : List.of("https://elsewhere.example/r.json", "ftp://127.0.0.1/r.json", "http://user:pw@127.0.0.1/r.json",
                "http://10.0.0.1/r.json")) {
            assertEquals("URL_NOT_ALLOWED", text(patch("{\"pluginMarketplaceUrl\": \"" + refused + "\"}", 400), "error"), refused);
        }
        assertEquals("{\"pluginMarketplaceUrl\":\"" + url + "\"}", host.operator().call(HttpRequest.GET("/api/settings"), 200).toJson());

        assertEquals("{\"pluginMarketplaceUrl\":null}", patch("{\"pluginMarketplaceUrl\": \"  \"}", 200).toJson());
        assertEquals("seed", text(listing(""), "source"));
    }

    @Test
    void theMarketplaceAndSettingsAreAdminOnly() {
        for (String path : List.of("/api/plugins/marketplace", "/api/settings")) {
            JsonValue denied = host.server().api().call("visitor", List.of("USER"), HttpRequest.GET(path), 403);
            assertEquals("PERMISSION_DENIED", text(denied, "error"), path);
        }
        JsonValue denied = host.server().api().call("visitor", List.of("USER"),
                HttpRequest.POST("/api/plugins/marketplace/rate-limiter/install", ""), 403);
        assertEquals("PERMISSION_DENIED", text(denied, "error"));
    }

    private static String path() {
        return "/r-" + PATHS.incrementAndGet() + ".json";
    }

    private static String entry(int i) {
        return "{\"name\": \"plugin-" + i + "\", \"version\": \"1.0." + i + "\", "
                + "\"downloadUrl\": \"https://plugins.example/p" + i + ".zip\"}";
    }

    private static void save(String url) {
        patch("{\"pluginMarketplaceUrl\": " + (url == null ? "null" : "\"" + url + "\"") + "}", 200);
    }

    private static JsonValue patch(String body, int status) {
        return host.operator().call(HttpRequest.PATCH("/api/settings", body).contentType(MediaType.APPLICATION_JSON_TYPE), status);
    }

    private static JsonValue listing(String query) {
        return host.operator().call(HttpRequest.GET("/api/plugins/marketplace" + query), 200);
    }

    static List<String> names(JsonValue listing) {
        return elements(member(listing, "plugins")).stream().map(entry -> text(entry, "name")).toList();
    }
}
