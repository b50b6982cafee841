package dev.plugbay.bootstrap.invenicum;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.util.List;

/**
 * The Invenicum client's Dart parsing of Plugbay's answers, as checks: each member the client reads
 * with the type its model casts it to ({@code as String}, {@code as bool}, {@code as int},
 * {@code as Map?}); a missing required member or another type would throw in the client.
 */
final class ClientParsing {

    private ClientParsing() {
    }

    /** {@code StorePlugin.fromJson}: a plugin of the community list or a detail. */
    static JsonObject storePlugin(JsonValue json) {
        JsonObject plugin = object(json);
        for (String name : List.of("id", "name", "version")) {
            requireString(plugin, name);
        }
        for (String name : List.of("author", "description", "slot", "authorAvatar", "latestVersion")) {
            requireStringOrNull(plugin, name);
        }
        for (String name : List.of("isOfficial", "isPublic", "isMine", "isInstalled")) {
            require(plugin, name, JsonBoolean.class);
        }
        require(plugin, "downloadCount", JsonNumber.class);
        JsonValue ui = plugin.get("ui").orElse(JsonNull.INSTANCE);
        assertTrue(ui instanceof JsonObject || ui == JsonNull.INSTANCE, "ui is a map or null: " + ui);
        return plugin;
    }

    /** {@code ActivePlugin.fromJson}: an installed plugin, which the client renders when {@code isActive}. */
    static JsonObject installedPlugin(JsonValue json) {
        JsonObject plugin = storePlugin(json);
        require(plugin, "isActive", JsonBoolean.class);
        requireString(plugin, "installedVersion");
        require(plugin, "hasUpdate", JsonBoolean.class);
        return plugin;
    }

    static List<JsonValue> list(JsonValue json) {
        if (!(json instanceof JsonArray array)) {
            return fail("a list is a JSON array: " + json);
        }
        return array.elements();
    }

    static JsonObject object(JsonValue json) {
        if (!(json instanceof JsonObject object)) {
            return fail("an object is a JSON object: " + json);
        }
        return object;
    }

    static String string(JsonValue object, String name) {
        return ((JsonString) require(object(object), name, JsonString.class)).value();
    }

    static boolean bool(JsonValue object, String name) {
        return require(object(object), name, JsonBoolean.class).equals(JsonBoolean.TRUE);
    }

    private static void requireString(JsonObject object, String name) {
        require(object, name, JsonString.class);
    }

    private static void requireStringOrNull(JsonObject object, String name) {
        JsonValue value = object.get(name).orElse(JsonNull.INSTANCE);
        assertTrue(value instanceof JsonString || value == JsonNull.INSTANCE, name + " is a string or null: " + value);
    }

    private static JsonValue require(JsonObject object, String name, Class<? extends JsonValue> type) {
        JsonValue value = object.get(name).orElseGet(() -> fail(name + " is missing from " + object));
        assertTrue(type.isInstance(value), name + " must be a " + type.getSimpleName() + ": " + value);
        return value;
    }
}
