package dev.plugbay.bootstrap.host;

import dev.plugbay.bootstrap.PackagedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged server on a home, a {@link LocalRegistry} its outbound guard lets it reach, and the
 * host's operator: the start the marketplace tests over HTTP share.
 */
record ServerWithRegistry(LocalRegistry registry, PackagedServer server, HostOperator operator) implements AutoCloseable {

    /** @param properties more properties, such as a smaller archive cap */
    static ServerWithRegistry start(Path home, Map<String, Object> properties) {
        LocalRegistry registry = new LocalRegistry();
        try {
            Map<String, Object> all = new HashMap<>(registry.properties());
            all.putAll(properties);
            PackagedServer server = PackagedServer.start(home, all);
            return new ServerWithRegistry(registry, server, new HostOperator(server));
        } catch (RuntimeException failure) {
            registry.close();
            throw failure;
        }
    }

    @Override
    public void close() {
        server.close();
        registry.close();
    }
}
