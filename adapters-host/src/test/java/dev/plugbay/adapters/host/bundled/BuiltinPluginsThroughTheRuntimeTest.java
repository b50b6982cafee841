package dev.plugbay.adapters.host.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.host.archive.ArchiveExtractor;
import dev.plugbay.adapters.host.testing.RuntimeTestBase;
import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.application.port.out.host.PackageLimits;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.application.port.out.host.ProcessSpec;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.testing.DomainFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in plugins as an operator gets them: each packaged archive extracted, then started by the
 * real process runtime (its Node host script, the wire protocol, the sandbox with no permission, the
 * integrity pin of the seed entry checked before the start) and called with RUNTIME.md's payloads,
 * {@code config} being the schema's defaults with the given values on top.
 */
class BuiltinPluginsThroughTheRuntimeTest extends RuntimeTestBase {

    private final ClasspathBundledPlugins bundled = new ClasspathBundledPlugins();

    @Test
    void everyPluginStartsUnderItsPinAndOffersExactlyTheHooksItDeclares() {
        for (MarketplaceEntry entry : bundled.entries()) {
            Installed plugin = install(entry.name().value());

            assertEquals(plugin.manifest().hooks(), plugin.process().offeredHooks(), entry.name().value());
        }
    }

    @Test
    void requestLoggerLogsTheRequestOnStderrAndStampsItsStart() {
        Installed logger = install("request-logger");

        JsonObject result = answer(call(logger.process(), Hook.ON_REQUEST,
                logger.ctx("{\"requestId\": \"r-1\", \"model\": \"gpt-4o\", \"body\": {\"secret\": 1}, \"metadata\": {}}", "{}")));

        assertTrue(((JsonObject) result.get("metadata").orElseThrow()).has("requestLoggerStartedAt"), result::toJson);
        eventually("the request line on stderr", () -> lines("request-logger", "stderr")
                .contains("[request-logger] request {\"requestId\":\"r-1\",\"model\":\"gpt-4o\"}"));
    }

    @Test
    void rateLimiterBlocksTheRequestOverItsBudgetWith429() {
        Installed limiter = install("rate-limiter");
        String ctx = limiter.ctx("{\"model\": \"gpt-4o\", \"metadata\": {}}", "{\"maxRequests\": 2}");

        call(limiter.process(), Hook.ON_REQUEST, ctx);
        call(limiter.process(), Hook.ON_REQUEST, ctx);
        JsonObject blocked = answer(call(limiter.process(), Hook.ON_REQUEST, ctx));

        assertEquals(json("true"), blocked.get("blocked").orElseThrow());
        assertEquals(json("429"), blocked.get("status").orElseThrow());
        JsonObject error = (JsonObject) ((JsonObject) blocked.get("response").orElseThrow()).get("error").orElseThrow();
        assertEquals(new JsonString("rate_limit_exceeded"), error.get("type").orElseThrow());
    }

    @Test
    void costTrackerEstimatesIntoMetadataAndLogsTheReportedCost() {
        Installed tracker = install("cost-tracker");

        JsonObject estimate = answer(call(tracker.process(), Hook.ON_REQUEST, tracker.ctx("""
                {"model": "gpt-4o", "metadata": {}, "body": {"messages": [{"role": "user", "content": "%s"}], "max_tokens": 200}}"""
                .formatted("x".repeat(400)), "{}")));
        CallResult response = call(tracker.process(), Hook.ON_RESPONSE, "{\"ctx\": " + tracker.ctx("{\"model\": \"gpt-4o\"}", "{}")
                + ", \"response\": {\"usage\": {\"prompt_tokens\": 1000, \"completion_tokens\": 100}}}");

        assertEquals(json("{\"costEstimate\": {\"model\": \"gpt-4o\", \"inputTokens\": 100, \"outputTokens\": 200, \"usd\": 0.00225}}"),
                estimate.get("metadata").orElseThrow());
        assertEquals(answered("null"), response);
        eventually("the cost line on stderr", () -> lines("cost-tracker", "stderr").stream()
                .anyMatch(line -> line.startsWith("[cost-tracker] ") && line.contains("\"usd\":0.0035")));
    }

    @Test
    void themeManagerRuntimeMdVectorTheStyleFollowsHeadWithThePrimaryColor() {
        Installed theme = install("theme-manager");

        JsonObject result = answer(call(theme.process(), Hook.ON_RESPONSE, "{\"ctx\": " + theme.ctx("{\"metadata\": {}}", "{}")
                + ", \"response\": {\"headers\": {\"content-type\": \"text/html\"}, \"body\": \"<html><head></head></html>\"}}"));

        String body = ((JsonString) ((JsonObject) result.get("response").orElseThrow()).get("body").orElseThrow()).value();
        assertTrue(body.startsWith("<html><head><style id=\"omniroute-theme\">"), body);
        assertTrue(body.contains("--color-primary: #6C5CE7;"), body);
        assertTrue(body.endsWith("</style></head></html>"), body);
    }

    private record Installed(Manifest manifest, PluginProcess process) {

        /** A hook context with {@code config}: the schema's defaults with {@code stored} on top (RUNTIME.md "Payloads"). */
        String ctx(String ctx, String stored) {
            ConfigValues values = manifest.configSchema().replace((JsonObject) JsonReader.parse(stored));
            Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) JsonReader.parse(ctx)).members());
            members.put("config", manifest.configSchema().effective(values));
            return new JsonObject(members).toJson();
        }
    }

    private Installed install(String name) {
        MarketplaceEntry entry = bundled.entries().stream().filter(candidate -> candidate.name().value().equals(name)).findFirst().orElseThrow();
        try {
            Path staging = Files.createDirectories(root.resolve("plugins").resolve(".staging-" + name));
            Path folder = new ArchiveExtractor().extract(bundled.archive(entry.name()).orElseThrow(), staging, PackageLimits.DEFAULTS);
            Manifest manifest = DomainFixtures.READER.read((JsonObject) JsonReader.parse(Files.readString(folder.resolve("plugin.json"))),
                    ManifestOrigin.document()).manifest();
            ProcessSpec spec = new ProcessSpec(new PluginId(name), entry.version(), folder, root.resolve("plugin-data").resolve(name),
                    manifest.main(), manifest.permissions(), entry.integrity());
            return new Installed(manifest, start(spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject answer(CallResult result) {
        return (JsonObject) ((CallResult.Answered) result).result();
    }
}
