package dev.plugbay.adapters.rest.configuration;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import java.util.function.Supplier;

/**
 * Puts one of the adapter's own Netty handlers into every connection's request pipeline, between
 * the HTTP decoder and the framework's request handler, so that it sees each decoded request before the
 * framework does and each response the framework writes.
 */
public final class ConnectionHandlers {

    private ConnectionHandlers() {
    }

    /**
     * @param name    the handler's name in the pipeline (one per connection)
     * @param handler a handler for each new connection (the same instance when it is sharable)
     */
    public static void install(NettyServerCustomizer.Registry registry, String name, Supplier<ChannelHandler> handler) {
        registry.register(new RootCustomizer(name, handler));
    }

    private record RootCustomizer(String name, Supplier<ChannelHandler> handler) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new ChannelCustomizer(channel, name, handler);
        }
    }

    private record ChannelCustomizer(Channel channel, String name, Supplier<ChannelHandler> handler)
            implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel child, ChannelRole role) {
            return new ChannelCustomizer(child, name, handler);
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null && pipeline.get(name) == null) {
                pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, name, handler.get());
            }
        }
    }
}
