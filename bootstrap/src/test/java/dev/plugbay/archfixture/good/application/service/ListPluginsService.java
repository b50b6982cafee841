package dev.plugbay.archfixture.good.application.service;

import dev.plugbay.archfixture.good.application.port.in.ListPluginsUseCase;
import dev.plugbay.archfixture.good.application.port.out.LoadPluginsPort;
import dev.plugbay.archfixture.good.domain.Plugin;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public class ListPluginsService implements ListPluginsUseCase {
    private final LoadPluginsPort port;
    private final Clock clock;

    public ListPluginsService(LoadPluginsPort port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    @Override
    public List<Plugin> list() {
        Instant now = Instant.now(clock);
        return port.loadAll().stream().filter(plugin -> !plugin.updatedAt().isAfter(now)).toList();
    }
}
