package dev.plugbay.application.service.installation;

import dev.plugbay.application.port.in.installation.ActionCall;
import dev.plugbay.application.port.in.installation.RunPluginActionUseCase;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.service.host.HostActions;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.error.ActionNotFoundException;
import dev.plugbay.domain.error.PluginInactiveException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.stac.ServerActions;
import dev.plugbay.domain.user.Caller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marketplace's side of the action bridge (RUNTIME.md "Action bridge", checks 1 to 3 and the
 * payload): the caller's installation and release decide whether the method exists; the host's
 * {@link HostActions} run it. The payload names the caller ({@code user}) and never carries a token.
 */
public final class PluginActionService implements RunPluginActionUseCase {

    private final Installations installations;
    private final CatalogReads catalog;
    private final HostActions host;

    public PluginActionService(Installations installations, CatalogReads catalog, HostActions host) {
        this.installations = installations;
        this.catalog = catalog;
        this.host = host;
    }

    @Override
    public JsonValue run(ActionCall call) {
        Installation installation = installations.find(call.caller().username(), call.plugin())
                .orElseThrow(() -> new PluginNotFoundException("Plugin " + call.plugin() + " is not installed"));
        if (!installation.isActive()) {
            throw new PluginInactiveException("Plugin " + call.plugin() + " is not active; activate it to use its actions");
        }
        Optional<Manifest> release = catalog.find(call.plugin())
                .flatMap(plugin -> plugin.findRelease(installation.installedVersion())).map(Release::manifest);
        if (release.isEmpty() || !release.get().hasHook(Hook.ON_ACTION)
                || !release.get().ui().map(ServerActions::methods).orElse(Set.of()).contains(call.method())) {
            throw new ActionNotFoundException("Plugin " + call.plugin() + " " + installation.installedVersion()
                    + " has no server action '" + call.method() + "'");
        }
        return host.call(call.plugin(), payload(call, installation, release.get()));
    }

    private static JsonObject payload(ActionCall call, Installation installation, Manifest release) {
        Caller caller = call.caller();
        Map<String, JsonValue> user = new LinkedHashMap<>();
        user.put("username", new JsonString(caller.shownAuthor().value()));
        user.put("roles", new JsonArray(caller.roles().stream().map(role -> (JsonValue) new JsonString(role.name())).toList()));
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("method", new JsonString(call.method()));
        payload.put("params", call.params());
        payload.put("user", new JsonObject(user));
        payload.put("installedVersion", new JsonString(installation.installedVersion().toString()));
        payload.put("config", release.configSchema().effective(installation.config()));
        return new JsonObject(payload);
    }
}
