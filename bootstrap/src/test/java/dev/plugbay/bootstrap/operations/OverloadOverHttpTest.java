package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.bootstrap.PackagedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bound on requests in flight over HTTP: past {@code plugbay.limits.max-in-flight}, one more request
 * is answered 503 OVERLOADED with Retry-After at once while the others are still being worked on; the
 * liveness probe is still answered; the slots come back when the requests finish. A Marketplace API
 * request past {@code plugbay.limits.request-timeout} is answered 503 OVERLOADED while its work goes on,
 * and keeps its slot until that work ends. The default admits 200 requests at once.
 */
class OverloadOverHttpTest {

    private static final String HELD = "/api/test/held";
    private static final String HELD_MARKETPLACE_REQUEST = "/api/v1/test/held";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void oneRequestPastTheBoundIsAnswered503AtOnceAndTheSlotsComeBack(@TempDir Path home) throws Exception {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.limits.max-in-flight", 2))) {
            List<CompletableFuture<HttpResponse<String>>> held = send(server, 2);
            assertTrue(HeldRequests.awaitEntered(2), "both requests reached the route");

            HttpResponse<String> shed = get(server, "/api/v1/plugins/installed");
            assertEquals(503, shed.statusCode());
            assertTrue(shed.body().contains("\"error\":\"OVERLOADED\""), shed.body());
            assertEquals("1", shed.headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, get(server, "/health/liveness").statusCode(), "liveness is always answered");

            HeldRequests.release(2);
            for (CompletableFuture<HttpResponse<String>> request : held) {
                assertEquals(200, request.join().statusCode());
            }
            HeldRequests.releaseAhead();
            assertEquals(200, get(server, HELD).statusCode(), "the slots are free again");
            assertTrue(HeldRequests.awaitEntered(1));
        }
    }

    @Test
    void aRequestPastItsDeadlineIsAnswered503AndKeepsItsSlotUntilItsWorkEnds(@TempDir Path home) throws Exception {
        try (PackagedServer server = PackagedServer.start(home, Map.of("plugbay.limits.max-in-flight", 1,
                "plugbay.limits.request-timeout", "1s"))) {
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(request(server, HELD_MARKETPLACE_REQUEST),
                    BodyHandlers.ofString());
            assertTrue(HeldRequests.awaitEntered(1), "the request reached the route");

            HttpResponse<String> timedOut = slow.join();
            assertEquals(503, timedOut.statusCode(), "answered while the route is still held");
            assertTrue(timedOut.body().contains("\"error\":\"OVERLOADED\""), timedOut.body());
            assertEquals("1", timedOut.headers().firstValue("Retry-After").orElse(""));
            assertEquals(503, get(server, "/api/v1/plugins/installed").statusCode(), "the held work keeps its slot");

            HeldRequests.release(1);
            assertEquals(401, awaitNotShed(server, "/api/v1/plugins/installed"), "the slot is back once the work ended");
        }
    }

    @Test
    void theDefaultsAdmit200RequestsAtOnce(@TempDir Path home) throws Exception {
        int concurrent = 200;
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            List<CompletableFuture<HttpResponse<String>>> held = send(server, concurrent);
            assertTrue(HeldRequests.awaitEntered(concurrent), "all " + concurrent + " requests reached the route");

            HeldRequests.release(concurrent);
            for (CompletableFuture<HttpResponse<String>> request : held) {
                assertEquals(200, request.join().statusCode());
            }
        }
    }

    private List<CompletableFuture<HttpResponse<String>>> send(PackagedServer server, int count) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(http.sendAsync(request(server, HELD), BodyHandlers.ofString()));
        }
        return sent;
    }

    /** The first status other than 503 that the path answers, asking again while it is shed (at most 10 s). */
    private int awaitNotShed(PackagedServer server, String path) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            int status = get(server, path).statusCode();
            if (status != 503) {
                return status;
            }
            Thread.sleep(50);
        }
        return 503;
    }

    private HttpResponse<String> get(PackagedServer server, String path) throws Exception {
        return http.send(request(server, path), BodyHandlers.ofString());
    }

    private static HttpRequest request(PackagedServer server, String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build();
    }
}
