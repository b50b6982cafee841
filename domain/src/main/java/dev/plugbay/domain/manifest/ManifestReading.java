package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A valid manifest and what was noticed but not refused (unknown keys, ignored fields), the
 * warnings bounded as {@link MessageBounds#violations} bounds a failure's violations.
 */
public record ManifestReading(Manifest manifest, List<Violation> warnings) {

    public ManifestReading {
        Objects.requireNonNull(manifest, "manifest");
        warnings = MessageBounds.violations(warnings);
    }
}
