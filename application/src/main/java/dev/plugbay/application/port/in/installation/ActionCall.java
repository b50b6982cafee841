package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import java.util.Objects;

/** One press of a server-side STAC action: who pressed it, on which plugin, the method and its params. */
public record ActionCall(Caller caller, PluginId plugin, String method, JsonObject params) {

    public ActionCall {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
    }
}
