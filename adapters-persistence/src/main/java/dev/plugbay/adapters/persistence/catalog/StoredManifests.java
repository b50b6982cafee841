package dev.plugbay.adapters.persistence.catalog;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A release's manifest as stored: its canonical JSON text, read back through the domain's
 * manifest reader so that every field rule is checked again.
 *
 * <p>Stored manifests were valid when they were published; a later configuration change must
 * not make them unreadable. So the reader used here accepts the document's own slot, its own
 * widget and action type names, and checks no host version: everything else (ids, versions,
 * field types and limits, STAC structure, templates, URLs) is checked as on publication.
 */
final class StoredManifests {

    /** A {@code ui} tree may be as deep as STAC allows, one level below the document itself. */
    private static final int MAX_DEPTH = StacLimits.DEFAULT.maxDepth() + 1;

    private StoredManifests() {
    }

    static String toText(Manifest manifest) {
        return ManifestWriter.toJson(manifest).toJson();
    }

    static Manifest fromText(String text) {
        JsonObject document = (JsonObject) JsonReader.parse(text, MAX_DEPTH);
        return readerAccepting(document).read(document, ManifestOrigin.document()).manifest();
    }

    private static ManifestReader readerAccepting(JsonObject document) {
        SlotCatalog slots = document.get("slot")
                .filter(JsonString.class::isInstance)
                .map(slot -> SlotCatalog.of(List.of(((JsonString) slot).value())))
                .orElse(SlotCatalog.DEFAULT);
        Optional<JsonValue> ui = document.get("ui");
        Set<String> widgets = ui.map(tree -> namesOf(tree, "type")).orElse(Set.of());
        Set<String> actions = ui.map(tree -> namesOf(tree, "actionType")).orElse(Set.of());
        StacVocabulary vocabulary = StacVocabulary.DEFAULT.withExtras(widgets, actions);
        return new ManifestReader(slots, new StacValidator(vocabulary, StacLimits.DEFAULT), Optional.empty());
    }

    /** Every string value of members called {@code member}, anywhere in the tree. */
    private static Set<String> namesOf(JsonValue tree, String member) {
        Set<String> names = new HashSet<>();
        Deque<JsonValue> pending = new ArrayDeque<>(List.of(tree));
        while (!pending.isEmpty()) {
            JsonValue value = pending.pop();
            if (value instanceof JsonObject object) {
                object.get(member).filter(JsonString.class::isInstance)
                        .ifPresent(name -> names.add(((JsonString) name).value()));
                pending.addAll(object.members().values());
            } else if (value instanceof JsonArray array) {
                pending.addAll(array.elements());
            }
        }
        return names;
    }
}
