package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.plugin.PluginId;
import java.util.List;
import java.util.Optional;

/** The host plugins as the views show them (HOST.md "Views"). */
public interface ListHostPluginsUseCase {

    /** Sorted by name; only those in {@code status} (a lifecycle state's wire name) when given. */
    List<HostPluginView> list(Optional<String> status);

    /** @throws dev.plugbay.domain.error.PluginNotFoundException no plugin of this name */
    HostPluginView get(PluginId name);
}
