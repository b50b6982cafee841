package dev.plugbay.adapters.github.outbound.guard;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The operating system's resolver: every A and AAAA record of a name. */
@Singleton
@Secondary
public final class SystemHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
