package dev.plugbay.archfixture.good.bootstrap;

import dev.plugbay.archfixture.good.application.port.in.ListPluginsUseCase;
import dev.plugbay.archfixture.good.application.port.out.LoadPluginsPort;
import dev.plugbay.archfixture.good.application.service.ListPluginsService;
import io.micronaut.context.annotation.Factory;
import java.time.Clock;

@Factory
public class ServiceWiring {
    public ListPluginsUseCase listPlugins(LoadPluginsPort port) {
        return new ListPluginsService(port, Clock.systemUTC());
    }
}
