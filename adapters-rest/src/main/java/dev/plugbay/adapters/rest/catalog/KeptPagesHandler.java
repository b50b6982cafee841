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

/**
 * One connection's door to {@link KeptPagesRoute}, between the HTTP decoder and the framework. A
 * request is answered here only while the framework owes this connection no response, so that
 * pipelined requests are still answered in order; every other request, and every request the route
 * leaves, goes on to the framework untouched.
 */
final class KeptPagesHandler extends ChannelDuplexHandler {

    private final KeptPagesRoute route;
    /** Requests passed to the framework whose response has not been written to its end yet. */
    private int owedByFramework;
    /** The rest of a request answered here (its body parts, if any) is dropped. */
    private boolean droppingRequest;
    private boolean flushOnReadComplete;

    KeptPagesHandler(KeptPagesRoute route) {
        this.route = route;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof HttpRequest request) {
            Optional<FullHttpResponse> answer = owedByFramework == 0 ? route.answer(request) : Optional.empty();
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
