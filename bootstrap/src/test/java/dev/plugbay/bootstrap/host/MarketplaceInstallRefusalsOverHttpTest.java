package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static dev.plugbay.contracts.testing.TestArchives.ENTRY;
import static dev.plugbay.contracts.testing.TestArchives.MANIFEST;
import static dev.plugbay.contracts.testing.TestArchives.zip;
import static dev.plugbay.contracts.testing.TestArchives.zipPlugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.HttpCalls;
import dev.plugbay.contracts.host.PluginArchivesContract;
import dev.plugbay.contracts.testing.TestArchives;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HOST.md "One-click install" over HTTP on the packaged configuration (archives capped at 1 MiB),
 * against a fake registry on 127.0.0.1: every hostile archive and every refusal answers its code, and afterwards the plugins
 * root holds exactly what it held before, file for file (an installed plugin intact, no staging residue).
 */
class MarketplaceInstallRefusalsOverHttpTest {

    private static final String KEEPER = MANIFEST.replace("\"hello\"", "\"keeper\"");
    private static final AtomicInteger PATHS = new AtomicInteger();

    @TempDir
    static Path home;

    private static ServerWithRegistry host;

    @BeforeAll
    static void startWithOneMarketplacePluginInstalled() {
        host = ServerWithRegistry.start(home, Map.of("plugbay.plugins.max-archive-bytes", "1MB"));
        byte[] keeper = zip().file("plugin.json", KEEPER).file("index.js", ENTRY).bytes();
        offer(entry("keeper", "1.0.0", host.registry().serve("/keeper.zip", keeper), ", \"sha256\": \"" + ArchiveDigest.of(keeper) + "\""));
        JsonValue installed = install("keeper", 201);
        assertEquals(JsonBoolean.TRUE, member(installed, "sha256Verified"));
        assertEquals("marketplace", text(member(installed, "plugin"), "source"));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static Stream<byte[]> unsafeArchives() {
        return PluginArchivesContract.unsafeArchives().map(arguments -> (byte[]) arguments.get()[1]);
    }

    @ParameterizedTest
    @MethodSource("unsafeArchives")
    void everyUnsafeOrCorruptArchiveOfTheExtractorsListIsAnInvalidPackage(byte[] archive) {
        assertRefused(400, "INVALID_PACKAGE", archive, "hello", "1.0.0", verified(archive));
    }

    @Test
    void aZipOfAbout100KibInflatingTo100MibIsTooLarge() {
        byte[] bomb = zipPlugin().file("zeros.bin", new byte[100 * 1024 * 1024], 0100644).bytes();
        assertTrue(bomb.length < 200 * 1024, "about 100 KiB: " + bomb.length);

        assertRefused(413, "PAYLOAD_TOO_LARGE", bomb, "hello", "1.0.0", verified(bomb));
    }

    @Test
    void anArchiveOverMaxArchiveBytesIsTooLargeWhileOneOfExactlyTheCapIsRead() {
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        new Random(16).nextBytes(tooLarge);
        byte[] atTheCap = Arrays.copyOf(tooLarge, 1024 * 1024);

        assertRefused(413, "PAYLOAD_TOO_LARGE", tooLarge, "hello", "1.0.0", verified(tooLarge));
        assertRefused(400, "INVALID_PACKAGE", atTheCap, "hello", "1.0.0", verified(atTheCap));
    }

    @Test
    void aManifestOfAnotherIdOrVersionThanTheEntrysIsAnInvalidPackage() {
        byte[] archive = zipPlugin().bytes();

        assertRefused(400, "INVALID_PACKAGE", archive, "other", "1.0.0", verified(archive));
        assertRefused(400, "INVALID_PACKAGE", archive, "hello", "1.0.1", verified(archive));
    }

    @Test
    void anArchiveOtherThanTheEntrysSha256IsAnIntegrityMismatch() {
        byte[] archive = zipPlugin().bytes();

        assertRefused(400, "INTEGRITY_MISMATCH", archive, "hello", "1.0.0", verified(zipPlugin().file("more.js", "").bytes()));
    }

    @Test
    void anEntryFileOtherThanTheEntrysIntegrityOrAPinOtherThanTheManifestsIsAnIntegrityMismatch() {
        byte[] archive = zipPlugin().bytes();
        String wrongPin = Integrity.of(Integrity.Algorithm.SHA384, utf8("something else")).toString();
        byte[] pinned = zip().file("plugin.json", MANIFEST.replace("}}", "}, \"integrity\": \""
                + Integrity.of(Integrity.Algorithm.SHA256, utf8(ENTRY)) + "\"}")).file("index.js", ENTRY).bytes();
        String otherRightPin = Integrity.of(Integrity.Algorithm.SHA384, utf8(ENTRY)).toString();

        assertRefused(400, "INTEGRITY_MISMATCH", archive, "hello", "1.0.0", verified(archive) + ", \"integrity\": \"" + wrongPin + "\"");
        assertRefused(400, "INTEGRITY_MISMATCH", pinned, "hello", "1.0.0", verified(pinned) + ", \"integrity\": \"" + otherRightPin + "\"");
    }

    @Test
    void anArchiveWithoutPluginJsonIsAnInvalidManifest() {
        byte[] archive = zip().file("index.js", ENTRY).bytes();

        assertRefused(400, "INVALID_MANIFEST", archive, "hello", "1.0.0", verified(archive));
    }

    @Test
    void downloadFailuresAreUpstreamUnavailableAndARefusedHostIsUrlNotAllowed() {
        assertDownloadRefused(400, "URL_NOT_ALLOWED", "https://elsewhere.example/hello.zip");
        assertDownloadRefused(400, "URL_NOT_ALLOWED", "http://10.0.0.1/hello.zip");
        assertDownloadRefused(502, "UPSTREAM_UNAVAILABLE", host.registry().status("/gone-" + PATHS.incrementAndGet(), 404));
        assertDownloadRefused(502, "UPSTREAM_UNAVAILABLE", host.registry().status("/broken-" + PATHS.incrementAndGet(), 500));
        String target = host.registry().serve("/target.zip", zipPlugin().bytes());
        assertDownloadRefused(502, "UPSTREAM_UNAVAILABLE", host.registry().redirect("/moved-" + PATHS.incrementAndGet(), target));
        assertDownloadRefused(502, "UPSTREAM_UNAVAILABLE", host.registry().deadUrl("/hello.zip"));
    }

    @Test
    void aNameNotInTheListingIsNotFoundAndAnAlreadyInstalledVersionIsAConflict() {
        List<String> before = tree();
        assertEquals("PLUGIN_NOT_FOUND", text(install("missing", 404), "error"));
        assertEquals("PLUGIN_NOT_FOUND", text(install("Not_An_Id", 404), "error"));
        byte[] keeper = zip().file("plugin.json", KEEPER).file("index.js", ENTRY).bytes();
        offer(entry("keeper", "1.0.0", host.registry().serve("/keeper-again.zip", keeper), verified(keeper)));
        assertEquals("VERSION_CONFLICT", text(install("keeper", 409), "error"));
        assertEquals(before, tree());
    }

    @Test
    void anArchiveWithoutSha256InstallsWithAWarningAndUnverified() {
        byte[] archive = TestArchives.tarGzPlugin().bytes();
        offer(entry("hello", "1.0.0", host.registry().serve("/unverified-" + PATHS.incrementAndGet(), archive), ""));

        JsonValue installed = install("hello", 201);

        assertEquals(JsonBoolean.FALSE, member(installed, "sha256Verified"));
        assertEquals(List.of(new JsonString("archive not verified: no sha256 in the entry")), elements(member(installed, "warnings")));
        assertEquals("marketplace", text(member(installed, "plugin"), "source"));
        host.operator().call(HttpRequest.DELETE("/api/plugins/hello"), 200);
        assertFalse(tree().stream().anyMatch(path -> path.startsWith("hello")), tree().toString());
    }

    @Test
    void parallelInstallsOfOneNameRunOneAtATimeOneInstallsTheOthersConflict() throws Exception {
        byte[] archive = zip().file("plugin.json", MANIFEST.replace("\"hello\"", "\"twin\"")).file("index.js", ENTRY).bytes();
        offer(entry("twin", "1.0.0", host.registry().serve("/twin-" + PATHS.incrementAndGet(), archive), verified(archive)));
        String token = host.server().context().getBean(TokenIssuer.class)
                .issue("operator", List.of("ADMIN"), Instant.now(), Duration.ofMinutes(5));
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                statuses.add(callers.submit(() -> HttpCalls.exchange(host.server().client(),
                        HttpRequest.POST("/api/plugins/marketplace/twin/install", "").bearerAuth(token)).code()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }
            codes.sort(null);
            assertEquals(List.of(201, 409, 409, 409, 409, 409), codes);
        } finally {
            callers.shutdownNow();
        }
        assertFalse(tree().stream().anyMatch(path -> path.startsWith(".")), tree().toString());
        host.operator().call(HttpRequest.DELETE("/api/plugins/twin"), 200);
    }

    private static void assertDownloadRefused(int status, String code, String downloadUrl) {
        List<String> before = tree();
        offer(entry("hello", "1.0.0", downloadUrl, ""));

        JsonValue refused = install("hello", status);

        assertEquals(code, text(refused, "error"), refused.toJson());
        assertEquals(before, tree());
    }

    private static void assertRefused(int status, String code, byte[] archive, String name, String version, String more) {
        List<String> before = tree();
        offer(entry(name, version, host.registry().serve("/archive-" + PATHS.incrementAndGet(), archive), more));

        JsonValue refused = install(name, status);

        assertEquals(code, text(refused, "error"), refused.toJson());
        assertFalse(refused.toJson().contains(home.toString()), "no absolute path of the home: " + refused.toJson());
        assertEquals(before, tree());
        assertTrue(before.contains("keeper/index.js " + ArchiveDigest.of(utf8(ENTRY))), before.toString());
    }

    private static String verified(byte[] archive) {
        return ", \"sha256\": \"" + ArchiveDigest.of(archive) + "\"";
    }

    private static String entry(String name, String version, String downloadUrl, String more) {
        return "{\"name\": \"" + name + "\", \"version\": \"" + version + "\", \"downloadUrl\": \"" + downloadUrl + "\"" + more + "}";
    }

    /** Serves a registry of this one entry at a new URL and saves it (which drops the listing kept before). */
    private static void offer(String entry) {
        String url = host.registry().serve("/registry-" + PATHS.incrementAndGet() + ".json", "{\"plugins\": [" + entry + "]}");
        host.operator().call(HttpRequest.PATCH("/api/settings", "{\"pluginMarketplaceUrl\": \"" + url + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), 200);
    }

    private static JsonValue install(String name, int status) {
        return host.operator().call(HttpRequest.POST("/api/plugins/marketplace/" + name + "/install", ""), status);
    }

    /** Every path under the plugins root, sorted, each file with its content's SHA-256. */
    private static List<String> tree() {
        return PluginsRoot.tree(home);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
