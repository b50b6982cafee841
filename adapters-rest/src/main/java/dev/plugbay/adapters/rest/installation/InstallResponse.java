package dev.plugbay.adapters.rest.installation;

import dev.plugbay.adapters.rest.view.InstalledPluginView;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record InstallResponse(boolean success, String message, InstalledPluginView plugin) {
}
