package dev.plugbay.application.port.out.registry;

import dev.plugbay.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * One plugin listed in the registry index: its index entry, and the plugin file's document or
 * the reason it could not be read.
 */
public record RegistryEntry(String id, JsonObject indexEntry, Optional<JsonObject> document, Optional<String> failure) {

    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indexEntry, "indexEntry");
        if (document.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a registry entry has either a document or a failure");
        }
    }

    public static RegistryEntry read(String id, JsonObject indexEntry, JsonObject document) {
        return new RegistryEntry(id, indexEntry, Optional.of(document), Optional.empty());
    }

    /** {@code failure} is the sync's skip reason as the admin reads it: it names the file and why it failed. */
    public static RegistryEntry unreadable(String id, JsonObject indexEntry, String failure) {
        return new RegistryEntry(id, indexEntry, Optional.empty(), Optional.of(failure));
    }
}
