package dev.plugbay.bootstrap.operations;

import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.plugbay.bootstrap.PackagedServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every answer carries an {@code X-Request-Id} (the caller's plain one, or a new UUID), refusals
 * included, and the log lines written while the request is handled carry it too, on a worker thread.
 */
class RequestIdOverHttpTest {

    private static final String HEADER = "X-Request-Id";

    @Test
    void everyAnswerCarriesAnIdAndTheLogLinesOfTheRequestCarryTheSame(@TempDir Path home) throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(HeldRequests.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        log.setLevel(Level.INFO);
        try (PackagedServer server = PackagedServer.start(home, Map.of())) {
            String generated = exchange(server.client(), HttpRequest.GET("/health")).header(HEADER);
            assertEquals(generated, UUID.fromString(generated).toString(), "a new id is a UUID");
            HttpResponse<String> refused = exchange(server.client(), HttpRequest.GET("/api/v1/plugins/installed"));
            assertEquals(401, refused.code());
            assertTrue(refused.header(HEADER) != null && !refused.header(HEADER).equals(generated), "refusals carry their own id");
            assertEquals("proxy-7f3a.42", exchange(server.client(), HttpRequest.GET("/health").header(HEADER, "proxy-7f3a.42")).header(HEADER));
            assertNotEquals("<script>", exchange(server.client(), HttpRequest.GET("/health").header(HEADER, "<script>")).header(HEADER));

            HeldRequests.releaseAhead();
            assertEquals(200, exchange(server.client(), HttpRequest.GET("/api/test/held").header(HEADER, "trace-42")).code());
            assertTrue(HeldRequests.awaitEntered(1));

            List<ILoggingEvent> handled = List.copyOf(lines.list);
            assertEquals(1, handled.size(), handled.toString());
            assertEquals(HeldRequests.LOG_LINE, handled.get(0).getFormattedMessage());
            assertEquals("trace-42", handled.get(0).getMDCPropertyMap().get("requestId"));
        } finally {
            log.detachAppender(lines);
            log.setLevel(null);
        }
    }
}
