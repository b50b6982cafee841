package dev.plugbay.adapters.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.adapters.rest.error.Problem;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestPreview;
import dev.plugbay.domain.plugin.Slot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A remote plugin document that passed validation, with what the reader noticed but accepted. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StacPreview(String id, String name, String version, String description,
        @Nullable @Schema(description = "The document's slot; null when it names none (a STAC file)") String slot,
        @Nullable @Schema(type = "object", description = "The STAC tree") JsonValue ui,
        @Nullable @Schema(description = "The author the document names") String author,
        @Nullable @Schema(description = "The avatar the document names, when it is an https URL") String authorAvatar,
        List<Problem> warnings) {

    static StacPreview of(ManifestPreview preview) {
        Manifest manifest = preview.reading().manifest();
        return new StacPreview(manifest.id().value(), manifest.name(), manifest.version().toString(),
                manifest.description(), preview.slot().map(Slot::name).orElse(null), manifest.ui().orElse(null),
                preview.author().orElse(null), preview.authorAvatar().orElse(null),
                Problem.of(preview.reading().warnings()));
    }
}
