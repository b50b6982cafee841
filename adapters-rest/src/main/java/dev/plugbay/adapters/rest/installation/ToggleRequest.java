package dev.plugbay.adapters.rest.installation;

import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.domain.json.JsonObject;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code PUT /user/toggle}: both members required, {@code isActive} a JSON boolean. */
record ToggleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String pluginId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean isActive) {

    static ToggleRequest from(JsonObject body) {
        return new ToggleRequest(RequestJson.requiredString(body, "pluginId"),
                RequestJson.requiredBoolean(body, "isActive"));
    }
}
