package dev.plugbay.adapters.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.adapters.rest.error.Problem;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.plugin.Slot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A remote plugin document that passed validation, with what the reader noticed but accepted. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StacPreview(String id, String name, String version, String description, @Nullable String slot,
        @Nullable @Schema(type = "object", description = "The STAC tree") JsonValue ui,
        List<Problem> warnings) {

    static StacPreview of(ManifestReading reading) {
        Manifest manifest = reading.manifest();
        return new StacPreview(manifest.id().value(), manifest.name(), manifest.version().toString(),
                manifest.description(), manifest.slot().map(Slot::name).orElse(null), manifest.ui().orElse(null),
                Problem.of(reading.warnings()));
    }
}
