package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A community page kept in memory is answered as soon as the connection has decoded the request
 * (the kept pages' route), with exactly what the framework's route answers; every request that
 * route leaves is answered by the framework as before.
 */
@MicronautTest
@Property(name = "micronaut.server.netty.compression-threshold", value = "1")
class KeptPagesApiTest extends ApiTestSupport {

    private static final String KEPT_ANSWERS = "plugbay.community.kept.answers";

    @Inject
    EmbeddedServer server;

    @Inject
    MeterRegistry meters;

    private String author;
    private String token;
    private String page;

    @BeforeEach
    void publishOnePlugin() {
        author = unique("keeper");
        token = api.token(author);
        page = "/api/v1/plugins/community?size=5&q=" + published(author, unique("keptpage"), "1.0.0");
    }

    @Test
    void theSecondRequestForAPageIsAnsweredFromMemoryWithTheFrameworksHeadersAndBody() throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            double before = keptAnswers();
            http.send(RawHttp.get(page, bearer()));
            RawHttp.Response byFramework = http.read();
            assertEquals(before, keptAnswers(), "the first request reads the page: the framework answers it");

            http.send(RawHttp.get(page, bearer(), "X-Request-Id: proxy-7.a:b"));
            RawHttp.Response kept = http.read();

            assertEquals(before + 1, keptAnswers());
            assertEquals(200, kept.status());
            assertArrayEquals(byFramework.body(), kept.body());
            assertEquals(byFramework.lastingHeaders(), kept.lastingHeaders());
            assertEquals("proxy-7.a:b", kept.header("X-Request-Id"));
            assertEquals(byFramework.header("date").length(), kept.header("date").length(), kept.header("date"));
            assertEquals("nosniff", kept.header("X-Content-Type-Options"));
        }
    }

    @Test
    void aMatchingEntityTagIsAnswered304FromMemoryWithTheFrameworksHeaders() throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer()));
            String tag = http.read().header("ETag");
            http.send(RawHttp.get(page, bearer(), "If-None-Match: " + tag));
            RawHttp.Response byFramework = http.read();
            double before = keptAnswers();

            http.send(RawHttp.get(page, bearer(), "If-None-Match: " + tag));
            RawHttp.Response kept = http.read();

            assertEquals(before + 1, keptAnswers());
            assertEquals(304, byFramework.status());
            assertEquals(304, kept.status());
            assertEquals(byFramework.lastingHeaders(), kept.lastingHeaders());
            assertNull(kept.header("content-length"));
            assertEquals(36, kept.header("X-Request-Id").length(), "a new UUID");
        }
    }

    @Test
    void aChangeIsSeenByTheNextRequest() throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer()), RawHttp.get(page, bearer()));
            http.read();
            assertTrue(http.read().text().contains("\"downloadCount\":0"));

            assertEquals(201, install(unique("installer"), page.substring(page.indexOf("q=") + 2)).status());

            http.send(RawHttp.get(page, bearer()));
            assertTrue(http.read().text().contains("\"downloadCount\":1"));
        }
    }

    /**
     * While the framework still owes an answer on the connection, the next request waits its turn
     * even when its page is kept: answers come back in the order of the requests.
     */
    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        String id = page.substring(page.indexOf("q=") + 2);
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer()));
            http.read();

            http.send(RawHttp.get("/api/v1/plugins/" + id, bearer()), RawHttp.get(page, bearer()),
                    RawHttp.get("/api/v1/plugins/no-such-plugin", bearer()), RawHttp.get(page, bearer()));

            RawHttp.Response detail = http.read();
            assertEquals(200, detail.status());
            assertTrue(detail.text().startsWith("{"), detail.text());
            assertTrue(http.read().text().startsWith("["));
            assertEquals(404, http.read().status());
            assertTrue(http.read().text().startsWith("["));
        }
    }

    @Test
    void aRequestThatClosesItsConnectionIsLeftToTheFramework() throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer()));
            http.read();
            double before = keptAnswers();

            http.send(RawHttp.get(page, bearer(), "Connection: close"));

            assertEquals(200, http.read().status());
            assertTrue(http.closedByServer());
            assertEquals(before, keptAnswers());
        }
    }

    @Test
    void aPlainRequestTakesTheKeptRoute() throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer()));
            http.read();
            double before = keptAnswers();

            http.send(RawHttp.get(page, bearer(), "Accept: application/json", "User-Agent: test", "Content-Length: 0"));

            assertEquals(200, http.read().status());
            assertEquals(before + 1, keptAnswers());
        }
    }

    /**
     * The Invenicum client asks for gzip: the page is gzipped once and sent as the framework sends
     * it (its compressor may write other bytes for the same content, so their lengths may differ).
     */
    @Test
    void aPageAskedForGzippedIsSentGzippedAsTheFrameworkSendsIt() throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer(), "Accept-Encoding: gzip"));
            RawHttp.Response byFramework = http.read();
            double before = keptAnswers();

            http.send(RawHttp.get(page, bearer(), "Accept-Encoding: gzip"), RawHttp.get(page, bearer(), "Accept-Encoding: GZIP"));
            RawHttp.Response kept = http.read();
            RawHttp.Response keptAgain = http.read();

            assertEquals(before + 2, keptAnswers());
            assertEquals("gzip", byFramework.header("Content-Encoding"));
            assertEquals(withoutLength(byFramework.lastingHeaders()), withoutLength(kept.lastingHeaders()));
            assertEquals(Integer.toString(kept.body().length), kept.header("Content-Length"));
            assertArrayEquals(gunzipped(byFramework.body()), gunzipped(kept.body()));
            assertArrayEquals(kept.body(), keptAgain.body(), "compressed once, sent again");
        }
    }

    /** Another choice of compression and CORS are the framework's; another token is verified by it first. */
    @ParameterizedTest
    @ValueSource(strings = {"Accept-Encoding: gzip, deflate, br", "Accept-Encoding: identity", "Origin: https://elsewhere.example", "Authorization: Bearer x.y.z",
            "Authorization: Basic YTpi"})
    void requestsTheKeptRouteLeavesAreAnsweredByTheFramework(String header) throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page, bearer()));
            http.read();
            double before = keptAnswers();
            boolean otherToken = header.startsWith("Authorization");

            http.send(otherToken ? RawHttp.get(page, header) : RawHttp.get(page, bearer(), header));
            RawHttp.Response answer = http.read();

            assertEquals(before, keptAnswers());
            if (otherToken) {
                assertEquals(401, answer.status());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"&sort=sideways", "&size=0", "&size=5", "&page=", "&slot=nowhere"})
    void badOrRepeatedParametersAreLeftToTheFramework(String extra) throws IOException {
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(page + extra, bearer()));
            RawHttp.Response first = http.read();
            double before = keptAnswers();

            http.send(RawHttp.get(page + extra, bearer()));
            RawHttp.Response second = http.read();

            assertEquals(before, keptAnswers());
            assertEquals(first.status(), second.status());
            assertEquals(first.lastingHeaders(), second.lastingHeaders());
        }
    }

    /**
     * Targets that name the same route in another spelling, or that no route has: whatever the
     * framework answers the first time, the second request gets the same, and a connection the
     * framework keeps open stays usable for a plain request after them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plugins/community/?size=5", "//api/v1/plugins/community?size=5",
            "/api/v1/plugins/%63ommunity?size=5", "/api/v1/plugins/community;x=1?size=5", "/api/v1/plugins/community?q=%ff",
            "/api/v1/plugins/community?size=99999999999999999999", "/api/v1/plugins/community?size=5&q=a&q=b",
            "/api/v1/plugins/community?size=5#top", "/api/v1/plugins/community?size=5&q=%00",
            "http://localhost/api/v1/plugins/community?size=5"})
    void otherSpellingsOfTheTargetAnswerAsTheFrameworkAnswersThem(String target) throws IOException {
        RawHttp.Response first;
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(target, bearer()));
            first = http.read();
        }
        try (RawHttp http = new RawHttp(server.getPort())) {
            http.send(RawHttp.get(target, bearer()));
            RawHttp.Response second = http.read();

            assertEquals(first.status(), second.status(), target);
            assertEquals(first.lastingHeaders(), second.lastingHeaders(), target);
            assertArrayEquals(first.body(), second.body(), target);
            if (!"close".equalsIgnoreCase(second.header("Connection"))) {
                http.send(RawHttp.get(page, bearer()));
                assertEquals(200, http.read().status());
            }
        }
    }

    private static Map<String, String> withoutLength(Map<String, String> headers) {
        Map<String, String> without = new LinkedHashMap<>(headers);
        without.remove("content-length");
        return without;
    }

    private static byte[] gunzipped(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private String bearer() {
        return "Authorization: Bearer " + token;
    }

    private double keptAnswers() {
        return meters.counter(KEPT_ANSWERS).count();
    }
}
