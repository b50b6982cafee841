package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.plugin.PluginId;

/** HOST.md "Config": the stored values, replaced (PUT) or merged (PATCH), validated by the plugin's schema. */
public interface ConfigureHostPluginUseCase {

    HostPlugin replaceConfig(PluginId name, JsonObject values);

    HostPlugin mergeConfig(PluginId name, JsonObject patch);
}
