package dev.plugbay.application.port.out.registry;

import dev.plugbay.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * One plugin listed in the registry index: its index entry, and either the plugin file's document
 * ({@link Read}) or the reason it could not be read ({@link Unreadable}), never both nor neither.
 */
public sealed interface RegistryEntry permits RegistryEntry.Read, RegistryEntry.Unreadable {

    String id();

    JsonObject indexEntry();

    /** The plugin file's document, when it was read. */
    Optional<JsonObject> document();

    /** Why the plugin file could not be read, when it was not. */
    Optional<String> failure();

    static RegistryEntry read(String id, JsonObject indexEntry, JsonObject document) {
        return new Read(id, indexEntry, document);
    }

    /** {@code failure} is the sync's skip reason as the admin reads it: it names the file and why it failed. */
    static RegistryEntry unreadable(String id, JsonObject indexEntry, String failure) {
        return new Unreadable(id, indexEntry, failure);
    }

    /** A listed plugin whose file was read: {@code file} is its document. */
    record Read(String id, JsonObject indexEntry, JsonObject file) implements RegistryEntry {

        public Read {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(indexEntry, "indexEntry");
            Objects.requireNonNull(file, "file");
        }

        @Override
        public Optional<JsonObject> document() {
            return Optional.of(file);
        }

        @Override
        public Optional<String> failure() {
            return Optional.empty();
        }
    }

    /** A listed plugin whose file could not be read, for {@code reason}. */
    record Unreadable(String id, JsonObject indexEntry, String reason) implements RegistryEntry {

        public Unreadable {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(indexEntry, "indexEntry");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<JsonObject> document() {
            return Optional.empty();
        }

        @Override
        public Optional<String> failure() {
            return Optional.of(reason);
        }
    }
}
