package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.JwtSigningKey;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.bootstrap.operations.ChildServer;
import dev.plugbay.contracts.testing.TestArchives;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's "Done when", on the packaged server in a JVM of its own (stopped with SIGTERM and started
 * again on the same home), with a fake registry on 127.0.0.1 and a real Node.js plugin process: the
 * registry URL saved and still there after a restart, the registry listed, a plugin installed from
 * it (its archive's SHA-256 and its entry file's integrity checked) and activated, a newer version offered ({@code hasUpdate}) and installed through the marketplace
 * with the config kept, and a dead registry answered with the seed and a warning. The test builds both
 * archives (1.0.0 a zip with npm's {@code package/} folder, 1.1.0 a gzip-compressed tar) and their digests.
 */
class MarketplaceEndToEndTest {

    private static final String PLUGIN = "request-logger";

    @TempDir
    Path home;

    @Test
    void saveRestartListInstallActivateSeeAnUpdateUpgradeKeepingConfigThenADeadRegistryGivesTheSeed() throws IOException {
        try (LocalRegistry registry = new LocalRegistry()) {
            Path v1 = HostOperator.fixture("request-logger-1.0.0", home.resolve("sources"));
            Path v2 = HostOperator.fixture("request-logger-1.1.0", home.resolve("sources"));
            byte[] zip = TestArchives.zip().directory("package")
                    .file("package/plugin.json", Files.readString(v1.resolve("plugin.json")))
                    .file("package/index.mjs", Files.readString(v1.resolve("index.mjs"))).bytes();
            byte[] tarGz = TestArchives.tarGz()
                    .file("plugin.json", Files.readString(v2.resolve("plugin.json")))
                    .file("index.mjs", Files.readString(v2.resolve("index.mjs"))).bytes();
            String registryUrl = registry.serve("/registry.json", document(registry, "1.0.0", zip, v1));

            String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
            Map<String, Object> properties = new HashMap<>(registry.properties());
            properties.put("plugbay.jwt.secret", secret);
            TokenIssuer tokens = new TokenIssuer(JwtSigningKey.fromSecret(secret, "the test's secret"), "plugbay");

            try (ChildServer first = ChildServer.start(home, properties, "first");
                    HttpClient client = HttpClient.create(first.base().toURL())) {
                JsonValue saved = new HostOperator(new MarketplaceApi(client, tokens)).call(HttpRequest.PATCH("/api/settings",
                        "{\"pluginMarketplaceUrl\": \"" + registryUrl + "\"}").contentType(MediaType.APPLICATION_JSON_TYPE), 200);
                assertEquals(registryUrl, text(saved, "pluginMarketplaceUrl"));
                first.terminate();
            }

            try (ChildServer server = ChildServer.start(home, properties, "second");
                    HttpClient client = HttpClient.create(server.base().toURL())) {
                HostOperator operator = new HostOperator(new MarketplaceApi(client, tokens));
                try {
                    assertEquals(registryUrl, text(operator.call(HttpRequest.GET("/api/settings"), 200), "pluginMarketplaceUrl"));

                    JsonValue listing = operator.call(HttpRequest.GET("/api/plugins/marketplace"), 200);
                    assertEquals("remote", text(listing, "source"));
                    JsonValue offered = single(listing);
                    assertEquals("1.0.0", text(offered, "version"));
                    assertEquals(JsonNull.INSTANCE, member(offered, "installedVersion"));
                    assertEquals(JsonBoolean.FALSE, member(offered, "hasUpdate"));

                    JsonValue installed = operator.call(HttpRequest.POST("/api/plugins/marketplace/" + PLUGIN + "/install", ""), 201);
                    assertEquals(JsonBoolean.TRUE, member(installed, "sha256Verified"));
                    assertEquals(List.of(), elements(member(installed, "warnings")));
                    JsonValue plugin = member(installed, "plugin");
                    assertEquals("1.0.0", text(plugin, "version"));
                    assertEquals("marketplace", text(plugin, "source"));
                    assertEquals(pin(v1).toString(), text(plugin, "integrity"));
                    assertEquals("plugins/" + PLUGIN, text(plugin, "pluginDir"));

                    operator.activate(PLUGIN);
                    long firstPid = operator.pid(PLUGIN);
                    operator.awaitLog(PLUGIN, "stderr: [request-logger 1.0.0] activate logLevel=info "
                            + "config={\"logLevel\":\"info\",\"includeBody\":false,\"maxBodyLength\":500}");
                    operator.call(HttpRequest.PATCH("/api/plugins/" + PLUGIN + "/config", "{\"config\": {\"logLevel\": \"debug\"}}")
                            .contentType(MediaType.APPLICATION_JSON_TYPE), 200);

                    registry.serve("/registry.json", document(registry, "1.1.0", tarGz, v2));
                    // Saving the URL again drops the listing kept for 60 s, as an operator's save does.
                    operator.call(HttpRequest.PATCH("/api/settings", "{\"pluginMarketplaceUrl\": \"" + registryUrl + "\"}")
                            .contentType(MediaType.APPLICATION_JSON_TYPE), 200);
                    JsonValue update = single(operator.call(HttpRequest.GET("/api/plugins/marketplace?q=logger"), 200));
                    assertEquals("1.1.0", text(update, "version"));
                    assertEquals("1.0.0", text(update, "installedVersion"));
                    assertEquals(JsonBoolean.TRUE, member(update, "hasUpdate"));

                    JsonValue upgraded = operator.call(HttpRequest.POST("/api/plugins/marketplace/" + PLUGIN + "/install", ""), 200);
                    assertEquals("1.0.0", text(upgraded, "upgradedFrom"));
                    assertEquals(JsonBoolean.TRUE, member(upgraded, "sha256Verified"));
                    assertEquals(List.of(), elements(member(upgraded, "warnings")));
                    JsonValue detail = operator.detail(PLUGIN);
                    assertEquals("1.1.0", text(detail, "version"));
                    assertEquals("active", text(detail, "status"));
                    assertEquals("marketplace", text(detail, "source"));
                    assertEquals("{\"logLevel\":\"debug\"}", member(detail, "config").toJson());
                    assertEquals(pin(v2).toString(), text(detail, "integrity"));
                    assertNotEquals(firstPid, operator.pid(PLUGIN));
                    operator.awaitLog(PLUGIN, "stderr: [request-logger 1.1.0] upgrade logLevel=debug "
                            + "config={\"logLevel\":\"debug\",\"includeBody\":false}");
                    JsonValue current = single(operator.call(HttpRequest.GET("/api/plugins/marketplace"), 200));
                    assertEquals("1.1.0", text(current, "installedVersion"));
                    assertEquals(JsonBoolean.FALSE, member(current, "hasUpdate"));

                    operator.call(HttpRequest.PATCH("/api/settings", "{\"pluginMarketplaceUrl\": \"" + registry.deadUrl("/registry.json")
                            + "\"}").contentType(MediaType.APPLICATION_JSON_TYPE), 200);
                    JsonValue seed = operator.call(HttpRequest.GET("/api/plugins/marketplace"), 200);
                    assertEquals("seed", text(seed, "source"));
                    assertEquals(List.of("request-logger", "rate-limiter", "cost-tracker", "theme-manager"),
                            MarketplaceRoutesOverHttpTest.names(seed));
                    String warning = text(seed, "warning");
                    assertTrue(warning.startsWith("Remote registry could not be read: ") && warning.contains("could not be reached")
                            && warning.endsWith("; showing the built-in list"), warning);
                    JsonValue seedLogger = elements(member(seed, "plugins")).get(0);
                    assertEquals("1.1.0", text(seedLogger, "installedVersion"));
                    assertEquals(JsonBoolean.FALSE, member(seedLogger, "hasUpdate"));
                } finally {
                    // SIGTERM: the server stops its plugin processes on the way out.
                    server.terminate();
                }
            }
        }
    }

    private static JsonValue single(JsonValue listing) {
        List<JsonValue> plugins = elements(member(listing, "plugins"));
        assertEquals(1, plugins.size(), listing.toJson());
        return plugins.get(0);
    }

    private static Integrity pin(Path folder) throws IOException {
        return Integrity.of(Integrity.Algorithm.SHA384, Files.readAllBytes(folder.resolve("index.mjs")));
    }

    /** A registry of one entry for this version, its archive served beside it. */
    private static String document(LocalRegistry registry, String version, byte[] archive, Path folder) throws IOException {
        String downloadUrl = registry.serve("/archives/" + PLUGIN + "-" + version, archive);
        return "{\"plugins\": [{\"name\": \"" + PLUGIN + "\", \"version\": \"" + version + "\", \"description\": \"Logs requests\", "
                + "\"downloadUrl\": \"" + downloadUrl + "\", \"sha256\": \"" + ArchiveDigest.of(archive) + "\", "
                + "\"integrity\": \"" + pin(folder) + "\"}]}";
    }
}
