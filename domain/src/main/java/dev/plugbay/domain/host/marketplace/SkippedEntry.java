package dev.plugbay.domain.host.marketplace;

import java.util.Objects;
import java.util.Optional;

/** A registry entry left out of the list: its position, its name when it has a readable one, and why. */
public record SkippedEntry(int index, Optional<String> name, String error) {

    public SkippedEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(error, "error");
    }
}
