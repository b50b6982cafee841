package dev.plugbay.domain.registry;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of a registry in the Invenicum format, wherever it is kept (a GitHub repository, a
 * local directory): the index {@value #INDEX_FILE} lists the plugins in its {@code plugins} array,
 * and each listed plugin's file is {@code plugins/<id>.json}; the index entry supplies what the file
 * leaves out and the plugin's starting download count. Reading the index checks every id as
 * a plugin id before it becomes part of a path.
 */
public final class RegistryIndex {

    public static final String INDEX_FILE = "repository_plugin.json";
    public static final String PLUGINS_FOLDER = "plugins";

    /** The fields of an index entry that repeat the plugin file's (the Invenicum index workflow copies them). */
    private static final String NO_PLUGINS_ARRAY = "The registry index has no \"plugins\" array";
    private static final List<String> ENTRY_FIELDS = List.of("id", "name", "description", "version", "author", "slot");
    /** Index fields that fill in what a plugin file leaves out (the Invenicum index supplies them). */
    private static final List<String> INDEX_DEFAULTS = List.of("version", "slot", "name", "description", "author");
    private static final BigDecimal MAX_INDEX_DOWNLOADS = BigDecimal.valueOf(1L << 53);

    private RegistryIndex() {
    }

    /** The file of a listed plugin, relative to the registry's root. */
    public static String pluginFile(PluginId id) {
        return PLUGINS_FOLDER + "/" + id.value() + ".json";
    }

    /**
     * Every element of the index's {@code plugins} array in order, each listed or refused with the
     * reason; {@code UPSTREAM_UNAVAILABLE} when the document has no such array.
     */
    public static List<Listing> listings(JsonValue indexDocument) {
        if (!(indexDocument instanceof JsonObject index)) {
            throw new UpstreamUnavailableException(NO_PLUGINS_ARRAY);
        }
        List<Listing> listings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonValue> elements = pluginsOf(index);
        for (int position = 0; position < elements.size(); position++) {
            listings.add(listing(elements.get(position), position, seen));
        }
        return listings;
    }

    /**
     * The index with the plugin's entry written from its file: the listed fields copied from the
     * document, the entry's other fields (download count, URL) kept, in its place or appended.
     */
    public static JsonObject withEntry(JsonObject index, PluginId id, JsonObject pluginDocument) {
        List<JsonValue> plugins = new ArrayList<>(pluginsOf(index));
        int position = positionOf(plugins, id);
        JsonObject entry = position < 0 ? JsonObject.EMPTY : (JsonObject) plugins.get(position);
        for (String field : ENTRY_FIELDS) {
            Optional<JsonValue> value = pluginDocument.get(field);
            if (value.isPresent()) {
                entry = entry.with(field, value.get());
            }
        }
        if (position < 0) {
            plugins.add(entry);
        } else {
            plugins.set(position, entry);
        }
        return index.with("plugins", new JsonArray(plugins));
    }

    /** The index without the plugin's entry. */
    public static JsonObject withoutEntry(JsonObject index, PluginId id) {
        List<JsonValue> plugins = new ArrayList<>(pluginsOf(index));
        int position = positionOf(plugins, id);
        if (position >= 0) {
            plugins.remove(position);
        }
        return index.with("plugins", new JsonArray(plugins));
    }

    /** The plugin file with the index entry's {@code version}, {@code slot}, {@code name}, {@code description} and {@code author} where the file has none. */
    public static JsonObject withIndexDefaults(JsonObject document, JsonObject indexEntry) {
        JsonObject merged = document;
        for (String field : INDEX_DEFAULTS) {
            Optional<JsonValue> fromIndex = indexEntry.get(field);
            if (!document.has(field) && fromIndex.isPresent()) {
                merged = merged.with(field, fromIndex.get());
            }
        }
        return merged;
    }

    /**
     * The entry's {@code downloadCount}, a plugin's starting count, when it is a whole number from 0
     * to 2^53 (JSON's safe integers), else 0: a count too large for a long, or one that counting
     * further would overflow, is ignored.
     */
    public static long downloads(JsonObject indexEntry) {
        return indexEntry.get("downloadCount")
                .filter(JsonNumber.class::isInstance)
                .map(count -> ((JsonNumber) count).value())
                .filter(count -> count.signum() >= 0 && count.compareTo(MAX_INDEX_DOWNLOADS) <= 0)
                .filter(count -> count.stripTrailingZeros().scale() <= 0)
                .map(BigDecimal::longValueExact)
                .orElse(0L);
    }

    private static List<JsonValue> pluginsOf(JsonObject index) {
        return index.get("plugins").filter(JsonArray.class::isInstance).map(plugins -> ((JsonArray) plugins).elements())
                .orElseThrow(() -> new UpstreamUnavailableException(NO_PLUGINS_ARRAY));
    }

    private static int positionOf(List<JsonValue> plugins, PluginId id) {
        for (int position = 0; position < plugins.size(); position++) {
            if (plugins.get(position) instanceof JsonObject entry && entry.get("id").equals(Optional.of(new JsonString(id.value())))) {
                return position;
            }
        }
        return -1;
    }

    private static Listing listing(JsonValue element, int position, Set<String> seen) {
        String label = "plugins[" + position + "]";
        if (!(element instanceof JsonObject entry)) {
            return new Refused(label, JsonObject.EMPTY, "the index entry is not an object");
        }
        Optional<String> id = entry.get("id").filter(JsonString.class::isInstance).map(value -> ((JsonString) value).value());
        if (id.isEmpty()) {
            return new Refused(label, entry, "the index entry has no string id");
        }
        PluginId pluginId;
        try {
            pluginId = new PluginId(id.get());
        } catch (InvalidRequestException invalid) {
            return new Refused(id.get(), entry, invalid.getMessage());
        }
        if (!seen.add(id.get())) {
            return new Refused(id.get(), entry, "the id is listed more than once in the index");
        }
        return new Listed(pluginId, entry);
    }

    /** One element of the index: a plugin whose file can be read, or one refused with the reason. */
    public sealed interface Listing {

        /** The plugin id, or the element's position when it has no usable id. */
        String id();

        JsonObject indexEntry();
    }

    public record Listed(PluginId pluginId, JsonObject indexEntry) implements Listing {

        @Override
        public String id() {
            return pluginId.value();
        }

        public String file() {
            return pluginFile(pluginId);
        }
    }

    public record Refused(String id, JsonObject indexEntry, String reason) implements Listing {
    }
}
