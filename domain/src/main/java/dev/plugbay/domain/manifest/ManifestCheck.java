package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.InvalidStacException;
import dev.plugbay.domain.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What reading a manifest document found: the reading, or the broken rules, kept apart as field
 * rules (named by field, or by a pointer into the document) and {@code ui} rules (pointers into the tree).
 */
record ManifestCheck(Optional<ManifestReading> reading, List<Violation> fieldViolations, List<Violation> stacViolations) {

    ManifestCheck {
        fieldViolations = List.copyOf(fieldViolations);
        stacViolations = List.copyOf(stacViolations);
    }

    static ManifestCheck read(ManifestReading reading) {
        return new ManifestCheck(Optional.of(reading), List.of(), List.of());
    }

    static ManifestCheck refused(List<Violation> fieldViolations, List<Violation> stacViolations) {
        return new ManifestCheck(Optional.empty(), fieldViolations, stacViolations);
    }

    /**
     * The reading, or the failure: {@code INVALID_MANIFEST} when a field rule is broken (with any
     * STAC violations alongside), {@code INVALID_STAC} when only the {@code ui} is.
     */
    ManifestReading orThrow() {
        if (!fieldViolations.isEmpty()) {
            List<Violation> all = new ArrayList<>(fieldViolations);
            all.addAll(stacViolations);
            throw new InvalidManifestException("Invalid manifest", all);
        }
        if (!stacViolations.isEmpty()) {
            throw new InvalidStacException("Invalid STAC ui", stacViolations);
        }
        return reading.orElseThrow();
    }
}
