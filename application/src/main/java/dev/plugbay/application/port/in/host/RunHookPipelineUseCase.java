package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;

/** HOST.md "Hook route", RUNTIME.md "Hook pipeline": a host application runs a request, a response or an error through the active plugins. */
public interface RunHookPipelineUseCase {

    /**
     * Runs {@code hook} (onRequest, onResponse or onError) with the request's {@code body}; answers the
     * pipeline's result, whatever the plugins did.
     *
     * @throws dev.plugbay.domain.error.InvalidRequestException the body does not have the hook's shape
     * @throws IllegalArgumentException {@code hook} is not one of the three
     */
    JsonObject run(Hook hook, JsonObject body);
}
