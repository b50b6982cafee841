package dev.plugbay.archfixture.good.application.port.in;

import dev.plugbay.archfixture.good.domain.Plugin;
import java.util.List;

public interface ListPluginsUseCase {
    List<Plugin> list();
}
