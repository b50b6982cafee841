package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.stac.StacLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A release's manifest as it is stored (its canonical JSON text) and read back.
 *
 * <p>Reading is lenient where publishing is strict. A stored manifest met every rule when it was
 * published; a rule added since must not make its plugin unreadable for everyone. So a stored
 * document is read with {@link ManifestReader#forStoredDocument}, and a value a current rule refuses
 * is set aside, field by field, and replaced by that field's default:
 * <ul>
 * <li>{@code id}, {@code version}, {@code author} name the release, and {@code main} and
 *     {@code integrity} say which code runs: a default there would name another release or run
 *     other (or unverified) code, so the document is {@link StoredManifest.Unreadable};</li>
 * <li>{@code isPublic} becomes {@code false}: a plugin is never shown to more people than its author chose;</li>
 * <li>{@code slot} takes the {@code ui} with it: a tree without a slot cannot be placed;</li>
 * <li>any other field ({@code authorAvatar}, {@code name}, {@code description}, {@code tags}, {@code ui},
 *     {@code configSchema}, ...) is left out and reads as its default.</li>
 * </ul>
 * Text that is not a JSON object at all is unreadable too.
 */
public final class StoredManifests {

    /** A {@code ui} tree may be as deep as STAC allows, one level below the document itself. */
    private static final int MAX_DEPTH = StacLimits.DEFAULT.maxDepth() + 1;
    private static final Set<String> NEVER_SET_ASIDE = Set.of("id", "version", "author", "main", "integrity");
    private static final Map<String, Set<String>> LEFT_OUT_TOGETHER = Map.of("slot", Set.of("slot", "ui"));
    private static final Map<String, JsonValue> SAFE_VALUES = Map.of("isPublic", JsonBoolean.FALSE);
    private static final int REASONS_SHOWN = 5;

    private StoredManifests() {
    }

    public static String toText(Manifest manifest) {
        return ManifestWriter.toJson(manifest).toJson();
    }

    public static StoredManifest read(String text) {
        JsonValue parsed;
        try {
            parsed = JsonReader.parse(text, MAX_DEPTH);
        } catch (DomainException notJson) {
            return new StoredManifest.Unreadable("not JSON: " + notJson.getMessage());
        }
        if (!(parsed instanceof JsonObject document)) {
            return new StoredManifest.Unreadable("not a JSON object but " + parsed.typeName());
        }
        List<Violation> setAside = new ArrayList<>();
        JsonObject current = document;
        while (true) {
            ManifestCheck check = ManifestReader.forStoredDocument(current).check(current, ManifestOrigin.document());
            if (check.reading().isPresent()) {
                return new StoredManifest.Readable(check.reading().get().manifest(), setAside);
            }
            List<Violation> broken = new ArrayList<>(check.fieldViolations());
            broken.addAll(check.stacViolations());
            Optional<Set<String>> fields = fieldsOf(check);
            if (fields.isEmpty() || fields.get().stream().anyMatch(NEVER_SET_ASIDE::contains)) {
                return unreadable(broken);
            }
            JsonObject repaired = withDefaults(current, fields.get());
            if (repaired.equals(current)) {
                return unreadable(broken);
            }
            setAside.addAll(broken);
            current = repaired;
        }
    }

    /** The top-level members the broken rules are about; empty when one of them names no member. */
    private static Optional<Set<String>> fieldsOf(ManifestCheck check) {
        Set<String> fields = new LinkedHashSet<>();
        for (Violation violation : check.fieldViolations()) {
            Optional<String> member = violation.field() != null
                    ? Optional.of(violation.field().split("[.\\[]", 2)[0])
                    : firstPointerToken(violation.pointer());
            if (member.isEmpty()) {
                return Optional.empty();
            }
            fields.add(member.get());
        }
        if (!check.stacViolations().isEmpty()) {
            fields.add("ui");
        }
        return Optional.of(fields);
    }

    private static Optional<String> firstPointerToken(String pointer) {
        if (pointer.length() < 2) {
            return Optional.empty();
        }
        String token = pointer.substring(1).split("/", 2)[0];
        return Optional.of(token.replace("~1", "/").replace("~0", "~"));
    }

    private static JsonObject withDefaults(JsonObject document, Set<String> fields) {
        Set<String> leftOut = fields.stream()
                .flatMap(field -> LEFT_OUT_TOGETHER.getOrDefault(field, Set.of(field)).stream())
                .collect(Collectors.toSet());
        Map<String, JsonValue> members = new LinkedHashMap<>(document.members());
        for (String field : leftOut) {
            if (SAFE_VALUES.containsKey(field)) {
                members.put(field, SAFE_VALUES.get(field));
            } else {
                members.remove(field);
            }
        }
        return new JsonObject(members);
    }

    private static StoredManifest unreadable(List<Violation> broken) {
        return new StoredManifest.Unreadable(summary(broken));
    }

    /** The first few broken rules, for a log line of bounded length. */
    static String summary(List<Violation> broken) {
        String shown = broken.stream().limit(REASONS_SHOWN).map(Violation::toString).collect(Collectors.joining("; "));
        String more = broken.size() > REASONS_SHOWN ? " (and " + (broken.size() - REASONS_SHOWN) + " more)" : "";
        return shown + more;
    }
}
