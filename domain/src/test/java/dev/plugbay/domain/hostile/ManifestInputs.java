package dev.plugbay.domain.hostile;

import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Permission;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.testing.property.Gen;
import dev.plugbay.domain.version.SemanticVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generators of valid manifest documents: every field present or left to its default, every way a
 * field may be written (permissions at the top or under {@code requires}, ids given or derived from
 * the name), text in any script, numbers at the JSON reader's limits, a {@code ui} of real widgets,
 * config schemas of every field type, ranges of every shape. Everything generated obeys DOMAIN.md's
 * rules, so the manifest reader must accept it.
 */
final class ManifestInputs {

    /** Names an id can be derived from, and names that need an id beside them. */
    private static final Gen<String> DERIVABLE_NAMES = Gen.elements("Quality checker", "Quién Soy", "my-plugin", "Data 2", " padded ");
    private static final Gen<String> ANY_NAMES = Gen.oneOf(DERIVABLE_NAMES,
            Gen.elements("😀 Ünïcödé ü\u0308", "名前", "a", "x".repeat(100), "tab\u200bzero-width", "{{user.name}}"));
    private static final Gen<String> IDS = Gen.elements("a", "quality_checker", "0day", "x-y_z", "p".repeat(100));
    private static final Gen<String> TEXT = Gen.joined(Gen.elements(
            "a", "Z", " ", "\n", "\t", "é", "ü\u0308", "€", "😀", "\uD800", "\"", "\\", "{{", "}}", "<script>", "名"), 0, 40);
    private static final Gen<String> AUTHORS = Gen.elements("alice", "Bob-2", "x", "a".repeat(39));
    private static final Gen<String> LICENSES = Gen.elements("MIT", "Apache-2.0", "GPL-3.0-or-later", "MIT OR Apache-2.0");
    private static final Gen<String> TAGS = Gen.elements("ui", "data", "a-b", "x1", "0", "t".repeat(32));
    private static final Gen<String> ENTRY_PATHS = Gen.elements("index.js", "dist/main.mjs", "a/b/c.js", "é.js");
    private static final Gen<String> FIELD_NAMES = Gen.elements("retries", "_x", "a-b", "Name9", "n".repeat(64));
    private static final Gen<String> CHOICES = Gen.elements("", "a", "B", "é", "😀", "\"quoted\"", "x y");
    private static final Gen<String> WIDGET_TYPES = Gen.elements("text", "column", "row", "container", "padding", "button");
    private static final Gen<String> URLS = Gen.elements("https://example.com/a.png", "/relative/path", "image.png", "HTTPS://Example.com");
    private static final Gen<String> SLOTS = Gen.elements(SlotCatalog.DEFAULT.slots().stream().map(Slot::name).sorted().toList());
    private static final Gen<String> TEMPLATES = Gen.elements("Hello {{user.name}}", "{{ a.b_2 }} and {{c}}", "plain", "");

    private ManifestInputs() {
    }

    /** A valid manifest document, and whether it names its own author and version (a registry document). */
    record Document(JsonObject json, boolean complete) {
    }

    static Gen<Document> documents() {
        Gen<SemanticVersion> versions = VersionInputs.anyVersions();
        Gen<VersionInputs.Range> ranges = VersionInputs.ranges();
        Gen<JsonNumber> numbers = JsonInputs.numbersWithinLimits().map(literal -> new JsonNumber(new BigDecimal(literal)));
        Gen<JsonValue> ui = uiTrees(numbers);
        Gen<JsonObject> configSchemas = configSchemas(numbers);
        return random -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            boolean complete = random.nextBoolean();
            boolean giveId = random.nextInt(4) > 0;
            if (giveId) {
                members.put("id", new JsonString(IDS.next(random)));
            }
            if (!giveId || random.nextBoolean()) {
                members.put("name", new JsonString((giveId ? ANY_NAMES : DERIVABLE_NAMES).next(random)));
            }
            if (complete || random.nextBoolean()) {
                members.put("version", new JsonString(versions.next(random).toString()));
            }
            sometimes(random, members, "description", () -> new JsonString(TEXT.next(random)));
            if (complete || random.nextBoolean()) {
                members.put("author", new JsonString(AUTHORS.next(random)));
            }
            if (complete) {
                sometimes(random, members, "authorAvatar", () -> new JsonString("https://avatars.example.com/u/1?v=4"));
            }
            sometimes(random, members, "license", () -> new JsonString(LICENSES.next(random)));
            sometimes(random, members, "tags", () -> strings(distinct(random, TAGS, 6)));
            if (random.nextBoolean()) {
                members.put("slot", new JsonString(SLOTS.next(random)));
                members.put("ui", ui.next(random));
            }
            sometimes(random, members, "main", () -> new JsonString(ENTRY_PATHS.next(random)));
            sometimes(random, members, "hooks", () -> hooks(random));
            Map<String, JsonValue> requires = new LinkedHashMap<>();
            JsonArray permissions = strings(distinct(random, Gen.elements(Arrays.stream(Permission.values()).map(Permission::wireName).toList()), 5));
            members.put("permissions", permissions);
            if (random.nextBoolean()) {
                requires.put("permissions", members.remove("permissions"));
            }
            sometimes(random, requires, "host", () -> new JsonString(ranges.next(random).text()));
            sometimes(random, members, "requires", () -> new JsonObject(requires));
            sometimes(random, members, "configSchema", () -> configSchemas.next(random));
            sometimes(random, members, "integrity", () -> new JsonString(integrity(random)));
            sometimes(random, members, "enabledByDefault", () -> JsonBoolean.of(random.nextBoolean()));
            sometimes(random, members, "isPublic", () -> JsonBoolean.of(random.nextBoolean()));
            sometimes(random, members, "homepage", () -> new JsonString("https://example.com"));
            return new Document(new JsonObject(members), complete);
        };
    }

    /**
     * A valid document with one member, at the top, under {@code requires} or in a config field,
     * replaced by something else: a hostile leaf, another member's value, or a value of another type.
     */
    static Gen<Document> spoiled() {
        Gen<Document> documents = documents();
        Gen<String> names = Gen.elements("id", "name", "version", "description", "author", "authorAvatar", "license", "tags",
                "slot", "ui", "main", "hooks", "permissions", "requires", "configSchema", "integrity", "enabledByDefault",
                "isPublic", "unknown");
        Gen<JsonValue> replacements = Gen.oneOf(HostileInputs.leaves(), Gen.elements(JsonObject.EMPTY, new JsonArray(List.of()),
                new JsonArray(List.of(JsonNull.INSTANCE)), new JsonString(""), new JsonString("x".repeat(501)), JsonNumber.of(1)));
        return random -> {
            Document document = documents.next(random);
            JsonObject json = document.json();
            String name = names.next(random);
            JsonValue replacement = random.nextInt(4) == 0
                    ? json.get(names.next(random)).orElse(JsonNull.INSTANCE)
                    : replacements.next(random);
            JsonObject spoiled = switch (random.nextInt(3)) {
                case 0 -> json.get("requires").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                        .map(requires -> json.with("requires", requires.with(random.nextBoolean() ? "host" : "permissions", replacement)))
                        .orElse(json.with(name, replacement));
                case 1 -> json.get("configSchema").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                        .filter(schema -> !schema.members().isEmpty())
                        .map(schema -> json.with("configSchema", spoiledField(schema, replacement, random)))
                        .orElse(json.with(name, replacement));
                default -> json.with(name, replacement);
            };
            return new Document(spoiled, document.complete());
        };
    }

    private static JsonObject spoiledField(JsonObject schema, JsonValue replacement, SplittableRandom random) {
        String field = List.copyOf(schema.members().keySet()).get(random.nextInt(schema.members().size()));
        JsonValue definition = schema.members().get(field);
        String key = Gen.elements("type", "default", "min", "max", "enum", "description", "unknown").next(random);
        return definition instanceof JsonObject members ? schema.with(field, members.with(key, replacement)) : schema;
    }

    /** Puts the member, or null (which reads as absent), or leaves it out. */
    private static void sometimes(SplittableRandom random, Map<String, JsonValue> members, String name, Supplier<JsonValue> value) {
        if (random.nextInt(5) == 0) {
            members.put(name, JsonNull.INSTANCE);
        } else {
            maybe(random, members, name, value);
        }
    }

    /** Puts the member or leaves it out. */
    private static void maybe(SplittableRandom random, Map<String, JsonValue> members, String name, Supplier<JsonValue> value) {
        if (random.nextBoolean()) {
            members.put(name, value.get());
        }
    }

    private static List<String> distinct(SplittableRandom random, Gen<String> values, int most) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            chosen.add(values.next(random));
        }
        return List.copyOf(chosen);
    }

    private static JsonArray strings(List<String> values) {
        return new JsonArray(values.stream().<JsonValue>map(JsonString::new).toList());
    }

    private static JsonObject hooks(SplittableRandom random) {
        Map<String, JsonValue> hooks = new LinkedHashMap<>();
        for (Hook hook : Hook.values()) {
            if (random.nextBoolean()) {
                hooks.put(hook.wireName(), JsonBoolean.of(random.nextBoolean()));
            }
        }
        return new JsonObject(hooks);
    }

    private static String integrity(SplittableRandom random) {
        byte[] content = new byte[random.nextInt(64)];
        random.nextBytes(content);
        Integrity.Algorithm[] algorithms = Integrity.Algorithm.values();
        return Integrity.of(algorithms[random.nextInt(algorithms.length)], content).toString();
    }

    /** A widget tree of up to three levels: texts with templates, URLs, numbers, children. */
    private static Gen<JsonValue> uiTrees(Gen<JsonNumber> numbers) {
        return new Gen<>() {
            @Override
            public JsonValue next(SplittableRandom random) {
                return widget(random, random.nextInt(4));
            }

            private JsonValue widget(SplittableRandom random, int depth) {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                members.put("type", new JsonString(WIDGET_TYPES.next(random)));
                sometimes(random, members, "data", () -> new JsonString(TEMPLATES.next(random)));
                sometimes(random, members, "width", () -> numbers.next(random));
                sometimes(random, members, "src", () -> new JsonString(URLS.next(random)));
                sometimes(random, members, "onPressed", () -> new JsonObject(Map.of(
                        "actionType", new JsonString("navigate"), "url", new JsonString(URLS.next(random)))));
                if (depth > 0) {
                    List<JsonValue> children = new ArrayList<>();
                    for (int i = random.nextInt(3); i > 0; i--) {
                        children.add(widget(random, depth - 1));
                    }
                    members.put("children", new JsonArray(children));
                }
                return new JsonObject(members);
            }
        };
    }

    /** A {@code configSchema} of up to three valid fields of any type. */
    private static Gen<JsonObject> configSchemas(Gen<JsonNumber> numbers) {
        return random -> {
            Map<String, JsonValue> fields = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                fields.put(FIELD_NAMES.next(random), field(random, numbers));
            }
            return new JsonObject(fields);
        };
    }

    private static JsonObject field(SplittableRandom random, Gen<JsonNumber> numbers) {
        Map<String, JsonValue> definition = new LinkedHashMap<>();
        String type = Gen.elements("string", "number", "boolean", "select").next(random);
        definition.put("type", new JsonString(type));
        switch (type) {
            case "number" -> {
                JsonNumber low = numbers.next(random);
                JsonNumber high = numbers.next(random);
                if (low.compareTo(high) > 0) {
                    JsonNumber swap = low;
                    low = high;
                    high = swap;
                }
                JsonNumber min = low;
                JsonNumber max = high;
                maybe(random, definition, "min", () -> min);
                maybe(random, definition, "max", () -> max);
                maybe(random, definition, "default", () -> random.nextBoolean() ? min : max);
            }
            case "boolean" -> maybe(random, definition, "default", () -> JsonBoolean.of(random.nextBoolean()));
            default -> {
                List<String> allowed = distinct(random, CHOICES, 4);
                if (type.equals("select") && allowed.isEmpty()) {
                    allowed = List.of("only");
                }
                if (!allowed.isEmpty()) {
                    definition.put("enum", strings(allowed));
                }
                List<String> choices = allowed;
                maybe(random, definition, "default", () -> new JsonString(choices.isEmpty()
                        ? TEXT.next(random)
                        : choices.get(random.nextInt(choices.size()))));
            }
        }
        maybe(random, definition, "description", () -> new JsonString(TEXT.next(random)));
        return new JsonObject(definition);
    }
}
