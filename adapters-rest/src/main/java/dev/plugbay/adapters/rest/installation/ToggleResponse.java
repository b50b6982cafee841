package dev.plugbay.adapters.rest.installation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ToggleResponse(boolean success, boolean isActive) {
}
