package dev.plugbay.bootstrap.rest;

import static dev.plugbay.bootstrap.MarketplaceApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.bootstrap.PackagedServer;
import dev.plugbay.contracts.testing.Manifests;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept community pages while the catalog changes, on the packaged application (embedded H2): readers
 * on their own connections ask for one plugin's page as fast as they can, most answers coming from
 * memory, while installs raise its download count one at a time. No reader ever sees the count go
 * down, and a request made after an install was acknowledged always sees that install.
 */
class KeptPagesUnderWritesTest {

    private static final int READERS = 4;
    private static final int INSTALLS = 25;
    private static final String PLUGIN = "kept_under_writes";
    private static final String PAGE = "/api/v1/plugins/community?size=5&q=" + PLUGIN;

    @Test
    void readersNeverSeeAnOlderPageThanTheLastAcknowledgedWrite(@TempDir Path home) throws Exception {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.catalog.seed", false))) {
            server.api().call("author", post("/api/v1/plugins", Manifests.uiPlugin(PLUGIN, "1.0.0").toJson()), 201);
            String token = server.context().getBean(TokenIssuer.class)
                    .issue("reader", List.of(), Instant.now(), Duration.ofMinutes(5));
            URI page = URI.create(server.url() + PAGE);
            double keptBefore = keptAnswers(server);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger pagesRead = new AtomicInteger();

            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            try {
                List<Future<?>> reading = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    reading.add(readers.submit(() -> {
                        HttpClient client = oneConnectionClient();
                        long seen = 0;
                        while (writing.get()) {
                            long count = downloads(client, page, token);
                            assertTrue(count >= seen, "the count went down from " + seen + " to " + count);
                            seen = count;
                            pagesRead.incrementAndGet();
                        }
                        return null;
                    }));
                }
                HttpClient checker = oneConnectionClient();
                for (int i = 1; i <= INSTALLS; i++) {
                    server.api().call("installer" + i, post("/api/v1/plugins/install", "{\"id\": \"" + PLUGIN + "\"}"), 201);
                    assertEquals(i, downloads(checker, page, token), "the page asked after install " + i + " was acknowledged");
                }
                writing.set(false);
                for (Future<?> reader : reading) {
                    reader.get();
                }
            } finally {
                readers.shutdownNow();
            }

            assertTrue(keptAnswers(server) - keptBefore > 0, "some pages were answered from memory");
            assertTrue(pagesRead.get() > INSTALLS, "the readers read " + pagesRead.get() + " pages");
        }
    }

    /** HTTP/1.1 with no compression asked: the plain requests the kept pages' route answers. */
    private static HttpClient oneConnectionClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static long downloads(HttpClient client, URI page, String token) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(page).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject plugin = (JsonObject) ((JsonArray) JsonReader.parse(response.body())).elements().get(0);
        return ((JsonNumber) plugin.get("downloadCount").orElseThrow()).value().longValueExact();
    }

    private static double keptAnswers(PackagedServer server) throws Exception {
        HttpResponse<String> metrics = oneConnectionClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        return metrics.body().lines().filter(line -> line.startsWith("plugbay_community_kept_answers_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
