package dev.plugbay.domain.manifest;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a manifest as its canonical JSON document (the registry's {@code plugins/<id>.json}
 * format): reading it back with {@link ManifestOrigin#document()} gives an equal manifest.
 */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    public static JsonObject toJson(Manifest manifest) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("id", new JsonString(manifest.id().value()));
        members.put("name", new JsonString(manifest.name()));
        members.put("version", new JsonString(manifest.version().toString()));
        members.put("description", new JsonString(manifest.description()));
        members.put("author", new JsonString(manifest.author().value()));
        manifest.authorAvatar().ifPresent(avatar -> members.put("authorAvatar", new JsonString(avatar)));
        members.put("license", new JsonString(manifest.license().value()));
        members.put("tags", strings(manifest.tags().stream().map(Tag::value).toList()));
        manifest.slot().ifPresent(slot -> members.put("slot", new JsonString(slot.name())));
        manifest.ui().ifPresent(ui -> members.put("ui", ui));
        members.put("main", new JsonString(manifest.main().value()));
        members.put("hooks", hooks(manifest.hooks()));
        manifest.priority().ifPresent(priority -> members.put("priority", JsonNumber.of(priority.value())));
        members.put("hookFailure", new JsonString(manifest.hookFailure().wireName()));
        Map<String, JsonValue> requires = new LinkedHashMap<>();
        manifest.hostRange().ifPresent(range -> requires.put("host", new JsonString(range.toString())));
        requires.put("permissions", strings(Arrays.stream(Permission.values())
                .filter(manifest.permissions()::contains).map(Permission::wireName).toList()));
        members.put("requires", new JsonObject(requires));
        members.put("configSchema", manifest.configSchema().toJson());
        manifest.integrity().ifPresent(integrity -> members.put("integrity", new JsonString(integrity.toString())));
        members.put("enabledByDefault", JsonBoolean.of(manifest.enabledByDefault()));
        members.put("isPublic", JsonBoolean.of(manifest.isPublic()));
        return new JsonObject(members);
    }

    private static JsonObject hooks(Set<Hook> enabled) {
        Map<String, JsonValue> hooks = new LinkedHashMap<>();
        for (Hook hook : Hook.values()) {
            hooks.put(hook.wireName(), JsonBoolean.of(enabled.contains(hook)));
        }
        return new JsonObject(hooks);
    }

    private static JsonArray strings(List<String> values) {
        return new JsonArray(values.stream().<JsonValue>map(JsonString::new).toList());
    }
}
