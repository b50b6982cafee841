package dev.plugbay.bootstrap.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.MarketplaceApi;
import dev.plugbay.bootstrap.PackagedServer;
import io.micronaut.http.HttpRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, "Configuration fails fast and never turns into 500s": the packaged configuration started
 * with each kind of bad value stops before it listens, with the property, the value and the rule.
 * The packaged {@code main}, in a child JVM, exits non-zero; the same home with good values then
 * serves the routes that a bad allowlist used to turn into 500s.
 */
class BadSettingsStartTest {

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        // a bad host
        "plugbay.outbound.allowed-hosts|raw.githubusercontent.com,0x7f.1|plugbay.outbound.allowed-hosts = '0x7f.1': "
                + "must be a host name in the form URLs are checked against (URL not allowed: the host is a numeric address "
                + "in a non-canonical spelling)",
        "plugbay.outbound.allow-private|localhost|plugbay.outbound.allow-private = 'localhost': must be a host:port pair",
        // a bad duration
        "plugbay.outbound.total-timeout|ten seconds|plugbay.outbound.total-timeout = 'ten seconds': must be a duration "
                + "(such as 10s, 500ms or 5m)",
        "plugbay.registry.sync-interval|0s|plugbay.registry.sync-interval = 'PT0S': must be a positive duration",
        "plugbay.runtime.kill-grace|soon|plugbay.runtime.kill-grace = 'soon': must be a duration",
        // a bad URL
        "plugbay.github.api-url|ftp://api.github.com|plugbay.github.api-url = 'ftp://api.github.com': must be an http(s) URL",
        "plugbay.github.raw-url|https://raw.example/ with space|plugbay.github.raw-url = 'https://raw.example/ with space': "
                + "must be a URL",
        // a short secret: the rule and its length, never the secret
        "plugbay.jwt.secret|too-short-a-secret|plugbay.jwt.secret is 18 bytes long; an HS256 secret needs at least 32 bytes",
        // an unknown slot name syntax
        "plugbay.slots|dashboard_top,Side-Bar|plugbay.slots = 'Side-Bar': a slot name must start with a lower-case letter",
        // negative limits, and numbers that are not numbers
        "plugbay.catalog.release-cache-size|-1|plugbay.catalog.release-cache-size = '-1': must be 0 or more",
        "plugbay.catalog.search-cache-size|-10|plugbay.catalog.search-cache-size = '-10': must be 0 or more",
        "plugbay.rest.page-cache-bytes|-1MB|plugbay.rest.page-cache-bytes = '-1048576': must be 0 or more",
        "plugbay.rest.page-cache-bytes|lots|plugbay.rest.page-cache-bytes = 'lots': must be a size in bytes or with a unit",
        "plugbay.plugins.max-files|-5|plugbay.plugins.max-files must be positive, not -5",
        "plugbay.registry.parallelism|many|plugbay.registry.parallelism = 'many': must be a whole number",
        "plugbay.registry.parallelism|0|plugbay.registry.parallelism = '0': must be from 1 to 32",
        "plugbay.limits.reads-per-minute|-1|plugbay.limits.reads-per-minute must be 0 (unlimited) or more, not -1",
        "plugbay.limits.max-in-flight|none|plugbay.limits.max-in-flight = 'none': must be a whole number",
        "plugbay.runtime.executions-kept|0|plugbay.runtime.executions-kept must be from 1 to 100000, not 0",
        "plugbay.limits.request-timeout|0s|plugbay.limits.request-timeout must be positive, not PT0S",
        // a bad CORS origin: a path is not part of an origin
        "plugbay.cors.allowed-origins|https://app.example.com/app|plugbay.cors.allowed-origins must list origins such as "
                + "https://app.example.com (scheme, host and port only), not https://app.example.com/app",
        // other values the domain refuses
        "plugbay.host-version|1.0|plugbay.host-version = '1.0': must be a semantic version",
        "plugbay.registry.repository|example-org|plugbay.registry.repository = 'example-org': must be owner/name",
        "plugbay.registry.branch|main..x|plugbay.registry.branch = 'main..x': must be a safe branch name",
        // Micrometer turned off: the runtime's call meters live in it
        "micronaut.metrics.enabled|false|micronaut.metrics.enabled = 'false': Plugbay's plugin runtime, registry sync and "
                + "caches keep their meters in Micrometer, so it cannot be turned off; to stop exporting them, set "
                + "endpoints.prometheus.enabled=false",
        // a host id with characters outside the safe set, or too long
        "plugbay.host.id|host one|plugbay.host.id = 'host one': must be 1 to 64 characters, each a letter (A-Z, a-z), a digit, "
                + "'.', '_' or '-'",
        "plugbay.host.id|h12345678901234567890123456789012345678901234567890123456789012345|plugbay.host.id = "
                + "'h12345678901234567890123456789012345678901234567890123456789012345': must be 1 to 64 characters"})
    void aBadValueStopsTheStartNamingThePropertyTheValueAndTheRule(String property, String value, String message) {
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> PackagedServer.start(home, Map.of(property, value, "plugbay.registry.initial-delay", "1h")).close());

        String messages = messages(failure);
        assertTrue(messages.contains(message), messages);
        assertFalse(property.equals("plugbay.jwt.secret") && messages.contains(value), "the secret is printed: " + messages);
    }

    @Test
    void aHomeThatCannotBeMadeStopsTheStartNamingTheSetting() throws IOException {
        Path file = Files.writeString(home.resolve("a-file"), "in the way");
        Path homeUnderAFile = file.resolve("home");

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> PackagedServer.start(homeUnderAFile, Map.of("plugbay.registry.initial-delay", "1h")).close());

        String messages = messages(failure);
        assertTrue(messages.contains("plugbay.home = '" + homeUnderAFile + "': Plugbay's data directory, but it cannot be made"),
                messages);
        assertFalse(Files.exists(homeUnderAFile));
    }

    @Test
    void aHostIdFileThatHoldsNoHostIdStopsTheStartNamingTheFile() throws IOException {
        Path file = Files.writeString(home.resolve("host-id"), "not a host id\n", StandardCharsets.UTF_8);

        RuntimeException failure = assertThrows(RuntimeException.class, () -> PackagedServer.start(home, Map.of()).close());

        String messages = messages(failure);
        assertTrue(messages.contains("The host id in " + file + " = 'not a host id': must be 1 to 64 characters"), messages);
    }

    @Test
    void theReproductionExitsNonZeroNamingTheEntryAndTheSameHomeThenServesTheRoutes()
            throws IOException, InterruptedException {
        ServerProcess start = ServerProcess.run(home, Map.of("PLUGBAY_OUTBOUND_ALLOWED_HOSTS", "raw.githubusercontent.com,0x7f.1"));

        assertNotEquals(0, start.exitCode(), start.output());
        assertTrue(start.output().contains("plugbay.outbound.allowed-hosts = '0x7f.1': must be a host name"), start.output());
        assertFalse(start.output().contains("Startup completed"), start.output());

        try (PackagedServer server = PackagedServer.start(home, Map.of(
                "plugbay.outbound.allowed-hosts", "raw.githubusercontent.com,plugins.example"))) {
            MarketplaceApi api = server.api();
            api.call("alice", HttpRequest.GET("/api/v1/plugins/community"), 200);
            assertEquals("URL_NOT_ALLOWED", MarketplaceApi.text(api.call("alice",
                    HttpRequest.GET("/api/v1/plugins/preview-stac?url=https://0x7f.1/plugin.json"), 400), "error"));
            assertEquals("URL_NOT_ALLOWED", MarketplaceApi.text(api.call("alice",
                    HttpRequest.GET("/api/v1/plugins/preview-stac?url=https://example.com/plugin.json"), 400), "error"));
        }
    }

    @Test
    void aValueThatDoesNotConvertExitsNonZeroInsteadOfFallingBackToTheDefault() throws IOException, InterruptedException {
        ServerProcess start = ServerProcess.run(home, Map.of("PLUGBAY_OUTBOUND_CONNECT_TIMEOUT", "soon"));

        assertNotEquals(0, start.exitCode(), start.output());
        assertTrue(start.output().contains("plugbay.outbound.connect-timeout = 'soon': must be a duration (such as 10s"),
                start.output());
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
