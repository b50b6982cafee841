package dev.plugbay.bootstrap;

import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.rest.security.JwtSecretResolver;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged application (bootstrap's application.yml, nothing else but a home, no example
 * catalog and a free port) with its HTTP server, and a client for it.
 *
 * @param home the server's {@code plugbay.home}, where it keeps its generated secret
 */
public record PackagedServer(Path home, EmbeddedServer server, HttpClient client, MarketplaceApi api) implements AutoCloseable {

    /** @param properties more properties, such as a PostgreSQL datasource */
    public static PackagedServer start(Path home, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("plugbay.home", home.toString());
        all.put("plugbay.catalog.seed", false);
        all.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, all);
        HttpClient client = HttpClient.create(server.getURL());
        return new PackagedServer(home, server, client,
                new MarketplaceApi(client, server.getApplicationContext().getBean(TokenIssuer.class)));
    }

    /**
     * The properties that make the server mirror {@code github}'s registry, syncing only when asked
     * (the schedule waits an hour), with outbound calls that give up after 3 s.
     */
    public static Map<String, Object> mirroring(FakeGitHub github) {
        return Map.of(
                "plugbay.registry.repository", FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                "plugbay.registry.branch", FakeGitHub.BRANCH,
                "plugbay.registry.initial-delay", "1h",
                "plugbay.registry.sync-interval", "1h",
                "plugbay.github.api-url", github.apiUrl(),
                "plugbay.github.raw-url", github.rawUrl(),
                "plugbay.outbound.total-timeout", "3s");
    }

    public URL url() {
        return server.getURL();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** The HS256 secret the server generated on its first start. */
    public String generatedSecret() {
        try {
            return Files.readString(home.resolve(JwtSecretResolver.SECRET_FILE_NAME), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.getApplicationContext().close();
    }
}
