package dev.plugbay.domain.catalog;

import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.version.SemanticVersion;
import java.time.Instant;
import java.util.Objects;

/** One immutable published version of a plugin, with the manifest it was published with. */
public record Release(Manifest manifest, Instant publishedAt) {

    public Release {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    public SemanticVersion version() {
        return manifest.version();
    }
}
