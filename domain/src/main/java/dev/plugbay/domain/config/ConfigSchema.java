package dev.plugbay.domain.config;

import dev.plugbay.domain.error.InvalidConfigException;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plugin's declared config fields, in declaration order, and the rules its config values follow.
 *
 * <p>In a values object, JSON null for a declared key means "unset, read the default": on replace it
 * is simply not stored, on merge it removes the key (RFC 7396). A key the schema does not declare is
 * rejected whatever its value, null included, so a typo never passes silently.
 */
public record ConfigSchema(Map<String, ConfigField> fields) {

    public static final ConfigSchema EMPTY = new ConfigSchema(Map.of());

    public ConfigSchema {
        Map<String, ConfigField> copy = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (!name.equals(field.name())) {
                throw new IllegalArgumentException("field " + field.name() + " is declared under the name " + name);
            }
            copy.put(name, field);
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses a manifest's {@code configSchema} member.
     *
     * @throws InvalidManifestException listing every problem, each at its path such as
     *     {@code configSchema.retries.max}
     */
    public static ConfigSchema fromJson(JsonValue json) {
        return ConfigSchemaParser.parse(json);
    }

    /** The {@code configSchema} member this schema is parsed from; {@link #fromJson} reads it back equal. */
    public JsonObject toJson() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        fields.forEach((name, field) -> members.put(name, field.toJson()));
        return new JsonObject(members);
    }

    /**
     * PUT: {@code values} becomes the whole config; a key not sent is gone and reads its default.
     *
     * @throws InvalidConfigException listing every violation, each under its key
     */
    public ConfigValues replace(JsonObject values) {
        Sorted sorted = sort(values.members());
        if (!sorted.rejected().isEmpty()) {
            throw new InvalidConfigException("Invalid config", sorted.rejected());
        }
        return sorted.accepted();
    }

    /**
     * PATCH: an RFC 7396 merge of {@code patch} into {@code current} at the top level (a null member
     * removes the key), then the merged result is validated as {@link #replace} does.
     *
     * @throws InvalidConfigException listing every violation of the merged result
     */
    public ConfigValues merge(ConfigValues current, JsonObject patch) {
        Map<String, JsonValue> merged = new LinkedHashMap<>(current.values());
        merged.putAll(patch.members());
        return replace(new JsonObject(merged));
    }

    /**
     * What the plugin sees: each declared key's stored value, else its default; a key with neither
     * is absent. Keys in declaration order; stored keys the schema does not declare are not shown.
     */
    public JsonObject effective(ConfigValues values) {
        Map<String, JsonValue> effective = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            JsonValue stored = values.values().get(name);
            if (stored != null) {
                effective.put(name, stored);
            } else {
                field.defaultValue().ifPresent(value -> effective.put(name, value));
            }
        });
        return new JsonObject(effective);
    }

    /**
     * Carries values kept under an old schema over to this (new) schema: every value still valid is
     * kept, every other one is dropped and reported under its key with the reason.
     */
    public ConfigUpgrade upgrade(ConfigValues current) {
        Sorted sorted = sort(current.values());
        return new ConfigUpgrade(sorted.accepted(), sorted.rejected());
    }

    private record Sorted(ConfigValues accepted, List<Violation> rejected) {
    }

    private Sorted sort(Map<String, JsonValue> values) {
        Map<String, JsonValue> accepted = new LinkedHashMap<>();
        List<Violation> rejected = new ArrayList<>();
        values.forEach((key, value) -> {
            ConfigField field = fields.get(key);
            if (field == null) {
                rejected.add(Violation.ofField(key, "Unknown config key: " + MessageBounds.quote(key)));
            } else if (value != JsonNull.INSTANCE) {
                field.check(value).ifPresentOrElse(
                        message -> rejected.add(Violation.ofField(key, message)),
                        () -> accepted.put(key, value));
            }
        });
        return new Sorted(new ConfigValues(accepted), rejected);
    }
}
