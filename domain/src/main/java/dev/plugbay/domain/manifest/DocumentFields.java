package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the members of one JSON object that records every type error as a violation
 * instead of stopping, so that a reader can report all problems of a document at once.
 * A JSON {@code null} reads as an absent member.
 */
public final class DocumentFields {

    public static final int MAX_TAGS = 20;

    private final JsonObject object;
    private final String prefix;
    private final List<Violation> violations;

    public DocumentFields(JsonObject object, String prefix, List<Violation> violations) {
        this.object = object;
        this.prefix = prefix;
        this.violations = violations;
    }

    public Optional<JsonValue> value(String name) {
        return object.get(name).filter(value -> value != JsonNull.INSTANCE);
    }

    public Optional<String> string(String name) {
        return typed(name, JsonString.class, "a string").map(JsonString::value);
    }

    public Optional<JsonNumber> number(String name) {
        return typed(name, JsonNumber.class, "a number");
    }

    public Optional<Boolean> bool(String name) {
        return typed(name, JsonBoolean.class, "true or false").map(JsonBoolean::value);
    }

    public Optional<JsonObject> object(String name) {
        return typed(name, JsonObject.class, "an object");
    }

    public Optional<List<String>> strings(String name) {
        Optional<JsonArray> array = typed(name, JsonArray.class, "an array of strings");
        if (array.isEmpty()) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        List<JsonValue> elements = array.get().elements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof JsonString string) {
                strings.add(string.value());
            } else {
                reject(name + "[" + i + "]", "must be a string");
            }
        }
        return Optional.of(strings);
    }

    /** A list of tags (DOMAIN.md): at most {@link #MAX_TAGS}, each valid and listed once. */
    public List<Tag> tags(String name) {
        List<String> names = strings(name).orElse(List.of());
        if (names.size() > MAX_TAGS) {
            reject(name, "must hold at most " + MAX_TAGS + " tags, not " + names.size());
            return List.of();
        }
        List<Tag> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String tagName = names.get(i);
            if (!seen.add(tagName)) {
                reject(name + "[" + i + "]", "'" + MessageBounds.quote(tagName) + "' is listed twice");
                continue;
            }
            attempt(name + "[" + i + "]", () -> new Tag(tagName)).ifPresent(tags::add);
        }
        return tags;
    }

    /** Parses a string member with a value-object factory; its rejection becomes a violation. */
    public <T> Optional<T> parsed(String name, Function<String, T> parser) {
        return string(name).flatMap(text -> attempt(name, () -> parser.apply(text)));
    }

    /** Runs a check whose domain rejection becomes a violation of this field. */
    public <T> Optional<T> attempt(String name, java.util.function.Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (DomainException rejected) {
            if (rejected.violations().isEmpty()) {
                reject(name, rejected.getMessage());
            } else {
                violations.addAll(rejected.violations());
            }
            return Optional.empty();
        }
    }

    public void reject(String name, String message) {
        violations.add(Violation.ofField(prefix + name, message));
    }

    public DocumentFields nested(String name, JsonObject nestedObject) {
        return new DocumentFields(nestedObject, prefix + name + ".", violations);
    }

    private <T extends JsonValue> Optional<T> typed(String name, Class<T> type, String expected) {
        Optional<JsonValue> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!type.isInstance(value.get())) {
            reject(name, "must be " + expected + ", not " + value.get().typeName());
            return Optional.empty();
        }
        return Optional.of(type.cast(value.get()));
    }
}
