package dev.plugbay.adapters.rest.request;

import dev.plugbay.adapters.rest.configuration.ConnectionHandlers;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Puts {@link RequestFraming} into every connection's pipeline, between the HTTP decoder and the
 * framework. A request that breaks a rule is passed on as one the decoder refused, with a harmless
 * target, so the framework neither parses its target (a bad one would reach authentication as an
 * anonymous stand-in and be answered 401) nor reads its body, and answers it through
 * {@code FrameworkErrorResponses}.
 */
@Singleton
final class RequestFramingGuard implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER_NAME = "plugbay-request-framing";
    private static final String PLACEHOLDER_TARGET = "/";
    private static final ChannelHandler GUARD = new Guard();

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        ConnectionHandlers.install(event.getBean(), HANDLER_NAME, () -> GUARD);
        return event.getBean();
    }

    @ChannelHandler.Sharable
    private static final class Guard extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request && request.decoderResult().isSuccess()) {
                RequestFraming.problem(request).ifPresent(problem -> {
                    request.setUri(PLACEHOLDER_TARGET);
                    request.setDecoderResult(DecoderResult.failure(problem));
                });
            }
            context.fireChannelRead(message);
        }
    }
}
