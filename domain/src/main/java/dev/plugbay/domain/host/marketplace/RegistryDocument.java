package dev.plugbay.domain.host.marketplace;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.host.marketplace.MarketplaceEntryReader.Source;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A marketplace registry document (HOST.md "Remote marketplace"): an array of entries, or an object
 * whose {@code plugins} member is one. Invalid entries are skipped and said why; for a repeated name
 * the first entry wins. A document that yields no entry at all cannot be used, and says why.
 */
public final class RegistryDocument {

    public static final int MAX_ENTRIES = 1000;

    /** What reading a registry document gives. */
    public sealed interface Reading {
    }

    /** The valid entries in document order, and the skipped ones. */
    public record Listed(List<MarketplaceEntry> entries, List<SkippedEntry> skipped) implements Reading {
        public Listed {
            entries = List.copyOf(entries);
            skipped = List.copyOf(skipped);
        }
    }

    /** The document cannot be used; {@code reason} is a sentence for the marketplace's warning. */
    public record Unusable(String reason) implements Reading {
        public Unusable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private RegistryDocument() {
    }

    public static Reading read(JsonValue document, Source source) {
        Optional<List<JsonValue>> elements = elements(document);
        if (elements.isEmpty()) {
            return new Unusable("Remote registry is neither an array of entries nor an object with a plugins array");
        }
        List<JsonValue> candidates = elements.get();
        if (candidates.isEmpty()) {
            return new Unusable("Remote registry returned no plugins");
        }
        if (candidates.size() > MAX_ENTRIES) {
            return new Unusable("Remote registry lists more than " + MAX_ENTRIES + " entries");
        }
        List<MarketplaceEntry> entries = new ArrayList<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int index = 0; index < candidates.size(); index++) {
            JsonValue candidate = candidates.get(index);
            Optional<String> name = nameOf(candidate);
            if (!(candidate instanceof JsonObject object)) {
                skipped.add(new SkippedEntry(index, name, "an entry must be an object, not " + candidate.typeName()));
                continue;
            }
            try {
                MarketplaceEntry entry = MarketplaceEntryReader.read(object, source);
                if (names.add(entry.name().value())) {
                    entries.add(entry);
                } else {
                    skipped.add(new SkippedEntry(index, name, "name: '" + entry.name() + "' is listed earlier; the first entry wins"));
                }
            } catch (DomainException invalid) {
                skipped.add(new SkippedEntry(index, name, invalid.getMessage()));
            }
        }
        if (entries.isEmpty()) {
            return new Unusable("Remote registry has no valid entry");
        }
        return new Listed(entries, skipped);
    }

    private static Optional<List<JsonValue>> elements(JsonValue document) {
        if (document instanceof JsonArray array) {
            return Optional.of(array.elements());
        }
        if (document instanceof JsonObject object && object.get("plugins").orElse(null) instanceof JsonArray array) {
            return Optional.of(array.elements());
        }
        return Optional.empty();
    }

    private static Optional<String> nameOf(JsonValue candidate) {
        return candidate instanceof JsonObject object && object.get("name").orElse(null) instanceof JsonString name
                ? Optional.of(name.value())
                : Optional.empty();
    }
}
