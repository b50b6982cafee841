package dev.plugbay.adapters.rest.installation;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record ToggleResponse(boolean success, boolean isActive) {
}
