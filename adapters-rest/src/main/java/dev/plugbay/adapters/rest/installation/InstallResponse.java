package dev.plugbay.adapters.rest.installation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.adapters.rest.view.InstalledPluginView;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record InstallResponse(boolean success, String message, InstalledPluginView plugin) {
}
