package dev.plugbay.adapters.rest.host;

import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.application.port.in.marketplace.HostSettingsView;
import dev.plugbay.application.port.in.marketplace.ReadHostSettingsUseCase;
import dev.plugbay.application.port.in.marketplace.UpdateHostSettingsUseCase;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** HOST.md "Settings" ({@code GET|PATCH /api/settings}): the marketplace registry URL, kept in the database. */
@Controller("/api/settings")
@Secured(HostPluginController.ADMIN)
@Tag(name = "host plugins")
final class HostSettingsController {

    private final ReadHostSettingsUseCase reader;
    private final UpdateHostSettingsUseCase updater;

    HostSettingsController(ReadHostSettingsUseCase reader, UpdateHostSettingsUseCase updater) {
        this.reader = reader;
        this.updater = updater;
    }

    @Operation(summary = "The host's settings")
    @Get
    JsonValue settings() {
        return json(reader.settings());
    }

    @Operation(summary = "Change the host's settings: only the members given; an unknown member is refused")
    @Patch
    @Consumes(MediaType.APPLICATION_JSON)
    JsonValue update(@Body @Nullable String body) {
        return json(updater.update(RequestJson.object(body)));
    }

    private static JsonValue json(HostSettingsView settings) {
        return new JsonObject(Map.of("pluginMarketplaceUrl",
                settings.pluginMarketplaceUrl().<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE)));
    }
}
