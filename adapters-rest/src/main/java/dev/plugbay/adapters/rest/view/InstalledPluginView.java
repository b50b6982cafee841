package dev.plugbay.adapters.rest.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One of the caller's installations: the plugin as of the installed release, with where the
 * installation is in its lifecycle ({@code installed}, {@code active}, {@code inactive}, {@code error}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InstalledPluginView(
        @JsonUnwrapped PluginView plugin,
        boolean isActive,
        String installedVersion,
        boolean hasUpdate,
        String status,
        String installedAt) {
}
