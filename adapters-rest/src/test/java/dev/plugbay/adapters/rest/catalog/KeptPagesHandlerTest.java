package dev.plugbay.adapters.rest.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The connection's door to the kept pages' route, on Netty's embedded channel: what it answers
 * itself, what it passes on to the framework (the channel's inbound end), and when.
 */
class KeptPagesHandlerTest {

    private static final String KEPT = "/kept";

    /** Answers {@value #KEPT} itself, leaves everything else. */
    private static Optional<FullHttpResponse> route(HttpRequest request) {
        return request.uri().equals(KEPT)
                ? Optional.of(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                        Unpooled.copiedBuffer("kept", StandardCharsets.US_ASCII)))
                : Optional.empty();
    }

    @Test
    void aRequestTheRouteAnswersNeverReachesTheFramework() {
        EmbeddedChannel channel = new EmbeddedChannel(new KeptPagesHandler(KeptPagesHandlerTest::route));

        channel.writeInbound(get(KEPT), LastHttpContent.EMPTY_LAST_CONTENT);

        assertNull(channel.readInbound());
        FullHttpResponse answer = channel.readOutbound();
        assertEquals("kept", answer.content().toString(StandardCharsets.US_ASCII));
        answer.release();
    }

    @Test
    void whileTheFrameworkOwesAnAnswerTheNextRequestGoesToItToo() {
        EmbeddedChannel channel = new EmbeddedChannel(new KeptPagesHandler(KeptPagesHandlerTest::route));

        HttpRequest other = get("/other");
        HttpRequest kept = get(KEPT);
        channel.writeInbound(other, LastHttpContent.EMPTY_LAST_CONTENT, kept, LastHttpContent.EMPTY_LAST_CONTENT);

        assertSame(other, channel.readInbound());
        assertSame(LastHttpContent.EMPTY_LAST_CONTENT, channel.readInbound());
        assertSame(kept, channel.readInbound(), "the framework owes /other's answer, so it answers /kept after it");
        assertSame(LastHttpContent.EMPTY_LAST_CONTENT, channel.readInbound());
        assertNull(channel.readOutbound());

        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeInbound(get(KEPT), LastHttpContent.EMPTY_LAST_CONTENT);

        assertNull(channel.readInbound(), "a 100 Continue is no answer; after the two real ones the route answers again");
        channel.readOutbound();
        channel.readOutbound();
        channel.readOutbound();
        FullHttpResponse answer = channel.readOutbound();
        assertEquals("kept", answer.content().toString(StandardCharsets.US_ASCII));
        answer.release();
    }

    @Test
    void theBodyOfARequestTheRouteAnsweredIsDropped() {
        EmbeddedChannel channel = new EmbeddedChannel(new KeptPagesHandler(KeptPagesHandlerTest::route));

        channel.writeInbound(get(KEPT), new DefaultHttpContent(Unpooled.copiedBuffer("x", StandardCharsets.US_ASCII)),
                LastHttpContent.EMPTY_LAST_CONTENT);
        HttpRequest next = get("/other");
        channel.writeInbound(next, LastHttpContent.EMPTY_LAST_CONTENT);

        assertSame(next, channel.readInbound());
        assertInstanceOf(LastHttpContent.class, channel.readInbound());
        assertNull(channel.readInbound());
    }

    @Test
    void aFaultOfTheRouteLeavesTheRequestToTheFramework() {
        EmbeddedChannel channel = new EmbeddedChannel(new KeptPagesHandler(request -> {
            throw new IllegalStateException("a bug in the route");
        }));

        HttpRequest request = get(KEPT);
        channel.writeInbound(request, LastHttpContent.EMPTY_LAST_CONTENT);

        assertSame(request, channel.readInbound());
        assertNull(channel.readOutbound());
    }

    private static HttpRequest get(String uri) {
        return new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    }
}
