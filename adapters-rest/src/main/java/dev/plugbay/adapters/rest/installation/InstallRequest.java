package dev.plugbay.adapters.rest.installation;

import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.domain.json.JsonObject;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /install}: the plugin and, optionally, the release. The other members the Invenicum
 * client sends ({@code name}, {@code author}, {@code download_url}, {@code isOfficial}, {@code ui})
 * are accepted and ignored: what gets installed always comes from the catalog.
 */
@Schema(description = "The plugin to install; other members are accepted and ignored")
record InstallRequest(
        @Schema(description = "The plugin id", requiredMode = Schema.RequiredMode.REQUIRED) String id,
        @Schema(description = "A release of the plugin; its latest release when absent", nullable = true) String version) {

    static InstallRequest from(JsonObject body) {
        return new InstallRequest(RequestJson.requiredString(body, "id"),
                RequestJson.optionalString(body, "version").orElse(null));
    }
}
