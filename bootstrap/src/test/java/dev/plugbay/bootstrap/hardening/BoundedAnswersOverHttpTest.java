package dev.plugbay.bootstrap.hardening;

import static dev.plugbay.bootstrap.hardening.PackagedServer.assertRefused;
import static dev.plugbay.bootstrap.hardening.PackagedServer.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.bootstrap.hardening.PackagedServer.Answer;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, "Bounded work and bounded answers for every input": each reproduction over HTTP against
 * the packaged configuration (embedded H2 in a fresh plugbay.home), on create and update, through
 * the STAC preview and through the registry sync (a fake GitHub on 127.0.0.1). Every answer is in
 * the error model with the right code, within 2 s (the client gives up then) and under 16 KB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedAnswersOverHttpTest {

    private static final String PLUGINS = "/api/v1/plugins";
    private static final String SYNC = "/api/v1/admin/registry/sync";
    private static final String TWO_THOUSAND_SEGMENTS = String.join(".", Collections.nCopies(2_000, "a"));

    private final FakeGitHub github = FakeGitHub.empty();
    private PackagedServer server;

    @BeforeAll
    void start(@TempDir Path home) {
        String rawHostAndPort = "127.0.0.1:" + github.port(FakeGitHub.Server.RAW);
        server = PackagedServer.start(home, Map.of(
                "plugbay.registry.repository", FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                "plugbay.registry.branch", FakeGitHub.BRANCH,
                "plugbay.registry.initial-delay", "1h",
                "plugbay.registry.sync-interval", "1h",
                "plugbay.github.api-url", github.apiUrl(),
                "plugbay.github.raw-url", github.rawUrl(),
                "plugbay.outbound.allowed-hosts", "127.0.0.1",
                "plugbay.outbound.allow-private", rawHostAndPort));
        warmUpThePreviewAndTheSync();
    }

    /** The first preview and the first sync build their HTTP clients and readers: not what is measured here. */
    private void warmUpThePreviewAndTheSync() {
        github.putFile("plugins/warm_registry.json", document("warm_registry", textWidget("Hello")));
        github.putFile("repository_plugin.json", "{\"name\": \"Market\", \"plugins\": [{\"id\": \"warm_registry\"}]}");
        assertEquals(200, server.send("root", List.of("ADMIN"), "POST", SYNC, null, PackagedServer.WARM_UP_WITHIN).status());
        assertEquals(200, server.send("bob", List.of(), "GET", previewPath("warm_registry"), null,
                PackagedServer.WARM_UP_WITHIN).status());
    }

    @AfterAll
    void stop() throws IOException {
        try {
            server.close();
        } finally {
            github.close();
        }
    }

    /** The 167-byte body of the issue, and the one that took minutes and gigabytes. */
    @ParameterizedTest(name = "min {0}")
    @MethodSource("hugeExponents")
    void aConfigSchemaBoundWithAHugeExponentIsRefusedByTheReader(String number) {
        String body = "{\"id\": \"huge_number\", \"name\": \"Huge number\", \"version\": \"1.0.0\","
                + " \"configSchema\": {\"threshold\": {\"type\": \"number\", \"min\": " + number + ", \"max\": 0}}}";

        JsonObject refused = assertRefused(server.send("alice", "POST", PLUGINS, body), 400, "INVALID_REQUEST");
        assertTrue(message(refused).contains("number too large"), message(refused));
        assertRefused(server.send("alice", "PUT", PLUGINS + "/" + PackagedServer.WARM_UP_PLUGIN, body), 400, "INVALID_REQUEST");
    }

    static Stream<String> hugeExponents() {
        return Stream.of("1e10000000", "1e999999999", "-1E-999999999", "1" + "0".repeat(5_000));
    }

    @Test
    void theIssues167ByteBodyGetsAShortAnswer() {
        String schema = "\"configSchema\":{\"n\":{\"type\":\"number\",\"min\":1e10000000,\"max\":0}}}";
        String start = "{\"id\":\"p\",\"name\":\"";
        String body = start + "x".repeat(167 - start.length() - "\",".length() - schema.length()) + "\"," + schema;
        assertEquals(167, body.getBytes(StandardCharsets.UTF_8).length);

        Answer answer = server.send("alice", "POST", PLUGINS, body);

        assertRefused(answer, 400, "INVALID_REQUEST");
        assertTrue(answer.body().length < 400, answer.text());
    }

    @Test
    void aHundredKilobyteMemberNameOverAThousandUnknownWidgetsGetsAShortAnswer() {
        String body = document("wide_unknowns", uiWithAThousandUnknownWidgetsUnderAHugeName());
        assertTrue(body.length() > 110_000, body.length() + " bytes");

        JsonObject refused = assertRefused(server.send("alice", "POST", PLUGINS, body), 400, "INVALID_STAC");

        List<JsonValue> details = ((JsonArray) refused.get("details").orElseThrow()).elements();
        assertTrue(details.size() <= 101, details.size() + " details");
        assertTrue(details.get(details.size() - 1).toJson().contains("more problems not listed"), details.toString());
        assertTrue(details.get(0).toJson().contains("Unknown widget type: no_such_widget_0"), details.get(0).toJson());
    }

    static Stream<Arguments> templateSoup() {
        return Stream.of(
                Arguments.of("two hundred thousand stray closing braces", "}}".repeat(200_000), "larger than 262144 bytes"),
                Arguments.of("a body of a megabyte", "}}".repeat(515_000), "larger than 262144 bytes"),
                Arguments.of("a hundred thousand stray closing braces", "}}".repeat(100_000), "'}}' without a matching '{{'"),
                Arguments.of("a template path of two thousand segments", "{{" + TWO_THOUSAND_SEGMENTS + "}}",
                        "has a path longer than 256 characters"),
                Arguments.of("a template path of sixty-five segments", "{{" + TWO_THOUSAND_SEGMENTS.substring(0, 129) + "}}",
                        "has a path of more than 64 segments"),
                Arguments.of("templates in templates", "{{".repeat(50_000) + "a" + "}}".repeat(50_000),
                        "has a path longer than 256 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateSoup")
    void templateSoupIsRefusedQuicklyWithAShortAnswer(String what, String data, String expected) {
        String body = document("template_soup", textWidget(data));
        assertTrue(body.length() < 1024 * 1024, body.length() + " bytes");

        JsonObject created = assertRefused(server.send("alice", "POST", PLUGINS, body), 400, "INVALID_STAC");
        JsonObject updated = assertRefused(server.send("alice", "PUT", PLUGINS + "/" + PackagedServer.WARM_UP_PLUGIN,
                document(PackagedServer.WARM_UP_PLUGIN, textWidget(data)).replace("\"1.0.0\"", "\"9.0.0\"")), 400, "INVALID_STAC");

        assertTrue(message(created).contains(expected), message(created));
        assertEquals(message(created), message(updated));
    }

    @Test
    void thePreviewReachesTheSameChecks() {
        github.putFile("plugins/deep_path.json", document("deep_path", textWidget("{{" + TWO_THOUSAND_SEGMENTS + "}}")));
        github.putFile("plugins/wide_unknowns.json", document("wide_unknowns", uiWithAThousandUnknownWidgetsUnderAHugeName()));
        github.putFile("plugins/brace_soup.json", document("brace_soup", textWidget("}}".repeat(200_000))));
        github.putFile("plugins/huge_number.json", "{\"id\": \"huge_number\", \"configSchema\": {\"n\": {\"type\": \"number\","
                + " \"min\": 1e999999999, \"max\": 0}}}");

        JsonObject deepPath = assertRefused(preview("deep_path"), 400, "INVALID_STAC");
        assertRefused(preview("wide_unknowns"), 400, "INVALID_STAC");
        assertRefused(preview("brace_soup"), 400, "INVALID_STAC");
        JsonObject hugeNumber = assertRefused(preview("huge_number"), 400, "INVALID_MANIFEST");

        assertTrue(message(deepPath).contains("has a path longer than 256 characters"), message(deepPath));
        assertTrue(message(hugeNumber).contains("number too large"), message(hugeNumber));
    }

    @Test
    void theRegistrySyncSkipsHostileEntriesWithShortReasons() {
        Map<String, String> files = Map.of(
                "deep_path", document("deep_path", textWidget("{{" + TWO_THOUSAND_SEGMENTS + "}}")),
                "wide_unknowns", document("wide_unknowns", uiWithAThousandUnknownWidgetsUnderAHugeName()),
                "brace_soup", document("brace_soup", textWidget("}}".repeat(200_000))),
                "huge_number", "{\"id\": \"huge_number\", \"version\": \"1.0.0\", \"author\": \"octo\", \"configSchema\":"
                        + " {\"n\": {\"type\": \"number\", \"min\": 1e999999999, \"max\": 0}}}",
                "long_version", document("long_version", textWidget("fine")).replace("\"1.0.0\"",
                        "\"" + VersionLengthOverHttpTest.version(300, '-') + "\""),
                "fine_card", document("fine_card", textWidget("Hello {{user.name}}")));
        StringBuilder index = new StringBuilder("{\"name\": \"Hostile Market\", \"plugins\": [");
        files.forEach((id, file) -> {
            github.putFile("plugins/" + id + ".json", file);
            index.append(index.charAt(index.length() - 1) == '[' ? "" : ",").append("{\"id\": \"").append(id)
                    .append("\", \"name\": \"").append(id).append("\", \"version\": \"1.0.0\", \"author\": \"octo\",")
                    .append(" \"slot\": \"dashboard_top\", \"downloadCount\": 1e1000}");
        });
        github.putFile("repository_plugin.json", index.append("]}").toString());

        Answer report = server.send("root", List.of("ADMIN"), "POST", SYNC, null);

        assertEquals(200, report.status(), report.text());
        assertTrue(report.body().length < PackagedServer.MAX_ERROR_BODY_BYTES, report.body().length + " bytes");
        JsonObject body = report.json();
        assertEquals(JsonNumber.of(1), body.get("added").orElseThrow(), report.text());
        List<JsonValue> skipped = ((JsonArray) body.get("skipped").orElseThrow()).elements();
        assertEquals(5, skipped.size(), report.text());
        for (JsonValue entry : skipped) {
            String error = ((JsonString) ((JsonObject) entry).get("error").orElseThrow()).value();
            assertTrue(error.length() <= MessageBounds.MAX_MESSAGE_LENGTH, error);
        }
        Answer fineCard = server.send("bob", "GET", PLUGINS + "/fine_card", null);
        assertEquals(200, fineCard.status(), fineCard.text());
        assertEquals(JsonNumber.of(0), fineCard.json().get("downloadCount").orElseThrow(), "1e1000 is no starting count");
        assertEquals(201, server.send("bob", "POST", PLUGINS + "/install", "{\"id\": \"fine_card\"}").status());
    }

    @Test
    void anIndexWithANumberTheReaderRefusesFailsTheSyncQuickly() {
        github.putFile("repository_plugin.json", "{\"name\": \"Hostile Market\", \"plugins\": [{\"id\": \"x\","
                + " \"downloadCount\": 1e999999999}]}");

        JsonObject refused = assertRefused(server.send("root", List.of("ADMIN"), "POST", SYNC, null), 502, "UPSTREAM_UNAVAILABLE");

        assertTrue(message(refused).contains("number too large"), message(refused));
    }

    private Answer preview(String id) {
        return server.send("bob", "GET", previewPath(id), null);
    }

    private String previewPath(String id) {
        String url = github.rawUrl() + "/" + FakeGitHub.OWNER + "/" + FakeGitHub.REPO + "/" + FakeGitHub.BRANCH
                + "/plugins/" + id + ".json";
        return PLUGINS + "/preview-stac?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    private static String document(String id, JsonValue ui) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"version\": \"1.0.0\", \"author\": \"octo\","
                + " \"slot\": \"dashboard_top\", \"ui\": " + ui.toJson() + "}";
    }

    private static JsonValue textWidget(String data) {
        return new JsonObject(Map.of("type", new JsonString("text"), "data", new JsonString(data)));
    }

    /** The issue's 116 KB ui: a member name of 100 KB over an array of 1,000 widgets of unknown types. */
    private static JsonValue uiWithAThousandUnknownWidgetsUnderAHugeName() {
        List<JsonValue> widgets = IntStream.range(0, 1_000)
                .<JsonValue>mapToObj(i -> new JsonObject(Map.of("type", new JsonString("no_such_widget_" + i))))
                .toList();
        return new JsonObject(Map.of("type", new JsonString("column"), "n".repeat(100_000), new JsonArray(widgets)));
    }
}
