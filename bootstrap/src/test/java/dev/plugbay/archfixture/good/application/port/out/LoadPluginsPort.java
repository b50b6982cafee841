package dev.plugbay.archfixture.good.application.port.out;

import dev.plugbay.archfixture.good.domain.Plugin;
import java.util.List;

public interface LoadPluginsPort {
    List<Plugin> loadAll();
}
