package dev.plugbay.adapters.rest.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.adapters.rest.error.Problem;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.manifest.ManifestWriter;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code POST /api/v1/plugins/validate}: the manifest as it would be stored, and the warnings. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ValidatedManifest(
        @Schema(type = "object", description = "The normalized manifest: defaults filled in, the author from the token")
        JsonValue manifest,
        List<Problem> warnings) {

    static ValidatedManifest of(ManifestReading reading) {
        return new ValidatedManifest(ManifestWriter.toJson(reading.manifest()), Problem.of(reading.warnings()));
    }
}
