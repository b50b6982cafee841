package dev.plugbay.archfixture.good.application.port.in;

import dev.plugbay.archfixture.good.domain.Plugin;
import java.util.List;

/** A record beside the use cases in {@code port.in}: what a use case answers. */
public record PluginPage(List<Plugin> plugins, long total) {
}
