package dev.plugbay.bootstrap.host;

import static dev.plugbay.bootstrap.MarketplaceApi.elements;
import static dev.plugbay.bootstrap.MarketplaceApi.member;
import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static dev.plugbay.bootstrap.MarketplaceApi.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four built-in plugins, installed from a copy of their sources with {@code POST /api/plugins}
 * and activated, each doing what its name says through {@code POST /api/plugins/hooks}.
 */
class BuiltinPluginsThroughThePipelineTest {

    private static final Path BUILTINS = Path.of("..", "adapters-host", "src", "main", "plugins");

    @TempDir
    Path home;

    @TempDir
    Path sources;

    private Path copy(String name) {
        Path to = sources.resolve(name);
        try (Stream<Path> files = Files.list(BUILTINS.resolve(name))) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue hook(HostOperator operator, String hook, String body) {
        return operator.call(post("/api/plugins/hooks/" + hook, body), 200);
    }

    @Test
    void eachBuiltinPluginDoesWhatItsNameSays() {
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            HostOperator operator = new HostOperator(server);
            for (String name : List.of("request-logger", "rate-limiter", "cost-tracker", "theme-manager")) {
                operator.install(copy(name), 201);
                operator.activate(name);
            }
            operator.call(HttpRequest.PUT("/api/plugins/rate-limiter/config",
                    "{\"config\": {\"maxRequests\": 2, \"windowSeconds\": 60, \"scope\": \"global\"}}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE), 200);
            String request = "{\"ctx\": {\"requestId\": \"req-1\", \"model\": \"gpt-4o\", \"body\": {\"model\": \"gpt-4o\","
                    + " \"messages\": [{\"role\": \"user\", \"content\": \"12345678\"}], \"max_tokens\": 100}}}";

            JsonValue first = hook(operator, "onRequest", request);
            JsonValue second = hook(operator, "onRequest", request);
            JsonValue third = hook(operator, "onRequest", request);

            assertEquals(List.of("request-logger:ok", "rate-limiter:ok", "cost-tracker:ok", "theme-manager:ok"), executions(first),
                    "request-logger (5), rate-limiter (10), then the others at 100 by name");
            assertEquals("{\"model\":\"gpt-4o\",\"inputTokens\":2,\"outputTokens\":100,\"usd\":0.001005}",
                    member(member(first, "metadata"), "costEstimate").toJson(), "cost-tracker: 2 input tokens at 2.5, 100 output at 10 per million");
            assertEquals("{\"limit\":2,\"remaining\":1}", member(member(first, "metadata"), "rateLimit").toJson());
            assertEquals("false", member(second, "blocked").toJson());
            assertEquals("true", member(third, "blocked").toJson(), third.toJson());
            assertEquals("rate-limiter", text(third, "plugin"));
            assertEquals("429", member(third, "status").toJson());
            assertEquals("rate_limit_exceeded", text(member(member(third, "response"), "error"), "type"));
            assertEquals(List.of("request-logger:ok", "rate-limiter:blocked"), executions(third));

            JsonValue themed = hook(operator, "onResponse", "{\"ctx\": {\"requestId\": \"req-1\", \"model\": \"gpt-4o\"},"
                    + " \"response\": {\"status\": 200, \"headers\": {\"content-type\": \"text/html\"},"
                    + " \"body\": \"<html><head></head><body>hi</body></html>\"}}");
            String html = text(member(themed, "response"), "body");
            assertTrue(html.startsWith("<html><head><style id=\"omniroute-theme\">"), html);
            assertTrue(html.contains("--color-primary: #6C5CE7;"), html);
            assertTrue(html.endsWith("</style></head><body>hi</body></html>"), html);

            hook(operator, "onResponse", "{\"ctx\": {\"requestId\": \"req-2\"}, \"response\": {\"status\": 200, \"model\": \"gpt-4o\","
                    + " \"usage\": {\"prompt_tokens\": 1000, \"completion_tokens\": 500}}}");
            hook(operator, "onError", "{\"ctx\": {\"requestId\": \"req-3\", \"model\": \"gpt-4o\"}, \"error\": {\"message\": \"upstream timeout\"}}");

            operator.awaitLog("request-logger", "stderr: [request-logger] request {\"requestId\":\"req-1\",\"model\":\"gpt-4o\"}");
            operator.awaitLog("request-logger", "stderr: [request-logger] error {\"requestId\":\"req-3\",\"model\":\"gpt-4o\","
                    + "\"message\":\"upstream timeout\"}");
            operator.awaitLog("cost-tracker", "stderr: [cost-tracker] {\"requestId\":\"req-2\",\"model\":\"gpt-4o\",\"inputTokens\":1000,"
                    + "\"outputTokens\":500,\"usd\":0.0075,\"modelTotal\":{\"requests\":1,\"usd\":0.0075}}");
        }
    }

    private static List<String> executions(JsonValue answer) {
        return elements(member(answer, "executions")).stream()
                .map(execution -> text(execution, "plugin") + ":" + text(execution, "outcome")).toList();
    }
}
