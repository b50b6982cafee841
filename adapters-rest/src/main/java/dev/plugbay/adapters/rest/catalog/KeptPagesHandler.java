package dev.plugbay.adapters.rest.catalog;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's door to {@link KeptPagesRoute}, between the HTTP decoder and the framework. A
 * request is answered here only while the framework owes this connection no response, so that
 * pipelined requests are still answered in order; every other request, and every request the route
 * leaves, goes on to the framework untouched.
 */
final class KeptPagesHandler extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KeptPagesHandler.class);

    private final Function<HttpRequest, Optional<FullHttpResponse>> route;
    /** Requests passed to the framework whose response has not been written to its end yet. */
    private int owedByFramework;
    /** The rest of a request answered here (its body parts, if any) is dropped. */
    private boolean droppingRequest;
    private boolean flushOnReadComplete;

    /** @param route the whole answer to a request, or empty to leave it to the framework ({@link KeptPagesRoute#answer}) */
    KeptPagesHandler(Function<HttpRequest, Optional<FullHttpResponse>> route) {
        this.route = route;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof HttpRequest request) {
            Optional<FullHttpResponse> answer = owedByFramework == 0 ? answerOrLeave(request) : Optional.empty();
            if (answer.isPresent()) {
                droppingRequest = !(message instanceof LastHttpContent);
                ReferenceCountUtil.release(message);
                context.write(answer.get());
                flushOnReadComplete = true;
                return;
            }
            owedByFramework++;
        } else if (droppingRequest && message instanceof HttpContent) {
            droppingRequest = !(message instanceof LastHttpContent);
            ReferenceCountUtil.release(message);
            return;
        }
        context.fireChannelRead(message);
    }

    /** A fault of the route is logged and leaves the request to the framework, which answers it as it would. */
    private Optional<FullHttpResponse> answerOrLeave(HttpRequest request) {
        try {
            return route.apply(request);
        } catch (RuntimeException fault) {
            LOG.error("The kept pages' route failed; the framework answers the request", fault);
            return Optional.empty();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        if (flushOnReadComplete) {
            flushOnReadComplete = false;
            context.flush();
        }
        context.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
        if (message instanceof LastHttpContent && !informational(message) && owedByFramework > 0) {
            owedByFramework--;
        }
        context.write(message, promise);
    }

    /** A {@code 100 Continue} is written before the response it precedes. */
    private static boolean informational(Object message) {
        return message instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
    }
}
