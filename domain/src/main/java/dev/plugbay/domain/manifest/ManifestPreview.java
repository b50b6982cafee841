package dev.plugbay.domain.manifest;

import dev.plugbay.domain.plugin.Slot;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin document read to be previewed: the reading, the slot the document itself names (none
 * for a STAC file or a registry plugin file whose slot lives in the index), and the author and
 * avatar the document names, shown as given (the avatar only when it is a usable URL).
 */
public record ManifestPreview(ManifestReading reading, Optional<Slot> slot, Optional<String> author,
        Optional<String> authorAvatar) {

    public ManifestPreview {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorAvatar, "authorAvatar");
    }
}
