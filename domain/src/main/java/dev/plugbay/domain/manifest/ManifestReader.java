package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.MessageBounds;
import dev.plugbay.domain.json.WireNamed;
import dev.plugbay.domain.config.ConfigSchema;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.SlotCatalog;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.stac.StacLimits;
import dev.plugbay.domain.stac.StacValidator;
import dev.plugbay.domain.stac.StacVocabulary;
import dev.plugbay.domain.user.AvatarUrl;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import dev.plugbay.domain.version.VersionRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a manifest document into a {@link Manifest}, applying every field rule of DOMAIN.md.
 * All violations are reported at once: field rules as {@code INVALID_MANIFEST} (with any STAC
 * violations alongside), a document whose only problems are in its {@code ui} as
 * {@code INVALID_STAC}. Unknown top-level keys are reported back as warnings.
 */
public final class ManifestReader {

    static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    private static final Set<String> KNOWN_FIELDS = Set.of("id", "name", "version", "description", "author",
            "authorAvatar", "license", "tags", "slot", "ui", "main", "hooks", "priority", "hookFailure", "permissions", "requires",
            "configSchema", "integrity", "enabledByDefault", "isPublic");
    private static final Set<String> KNOWN_REQUIRES_FIELDS = Set.of("host", "permissions");

    private final SlotCatalog slots;
    private final StacValidator stacValidator;
    private final Optional<SemanticVersion> hostVersion;

    public ManifestReader(SlotCatalog slots, StacValidator stacValidator, Optional<SemanticVersion> hostVersion) {
        this.slots = slots;
        this.stacValidator = stacValidator;
        this.hostVersion = hostVersion;
    }

    /**
     * A reader for a manifest stored when it was valid: the current configuration must not make it
     * unreadable, so it accepts the document's own slot and its own widget and action type names and
     * checks no host version. Every other rule is checked as on publication.
     */
    public static ManifestReader forStoredDocument(JsonObject document) {
        SlotCatalog slots = document.get("slot")
                .filter(JsonString.class::isInstance)
                .map(slot -> ((JsonString) slot).value())
                .filter(Slot::isWellFormed)
                .map(slot -> SlotCatalog.of(List.of(slot)))
                .orElse(SlotCatalog.DEFAULT);
        Optional<JsonValue> ui = document.get("ui");
        Set<String> widgets = ui.map(tree -> namesOf(tree, "type")).orElse(Set.of());
        Set<String> actions = ui.map(tree -> namesOf(tree, "actionType")).orElse(Set.of());
        StacVocabulary vocabulary = StacVocabulary.DEFAULT.withExtras(widgets, actions);
        return new ManifestReader(slots, new StacValidator(vocabulary, StacLimits.DEFAULT), Optional.empty());
    }

    public ManifestReading read(JsonObject document, ManifestOrigin origin) {
        return check(document, origin).orThrow();
    }

    /**
     * Reads a document to preview it, as {@link #read} would, except that a {@code ui} without a
     * {@code slot} is accepted (the slot is only required to publish): the tree is checked as if
     * the document named a configured slot, and the preview's slot is the document's own, none.
     */
    public ManifestPreview preview(JsonObject document, ManifestOrigin origin) {
        boolean unplaced = document.get("ui").isPresent() && absent(document, "slot");
        JsonObject placed = unplaced
                ? document.with("slot", new JsonString(slots.slots().iterator().next().name()))
                : document;
        ManifestReading reading = read(placed, origin);
        return new ManifestPreview(reading, unplaced ? Optional.empty() : reading.manifest().slot(),
                givenString(document, "author"), AvatarUrl.usable(givenString(document, "authorAvatar")));
    }

    private static boolean absent(JsonObject document, String member) {
        return document.get(member).filter(value -> !(value instanceof JsonNull)).isEmpty();
    }

    private static Optional<String> givenString(JsonObject document, String member) {
        return document.get(member).filter(JsonString.class::isInstance).map(value -> ((JsonString) value).value())
                .filter(text -> !text.isBlank());
    }

    /** Reads the document and reports every broken rule instead of throwing. */
    ManifestCheck check(JsonObject document, ManifestOrigin origin) {
        List<Violation> violations = new ArrayList<>(StorableText.violationsIn(document));
        List<Violation> warnings = new ArrayList<>();
        DocumentFields fields = new DocumentFields(document, "", violations);

        Optional<String> name = fields.string("name");
        Optional<PluginId> id = readId(fields, name);
        Optional<String> displayName = name.isPresent()
                ? name.filter(text -> validName(fields, text))
                : id.map(PluginId::value);
        Optional<SemanticVersion> version = fields.value("version").isPresent()
                ? fields.parsed("version", SemanticVersion::parse)
                : requiredOrDefault(fields, "version", origin.versionWhenAbsent());
        String description = fields.string("description").filter(text -> validDescription(fields, text)).orElse("");
        Optional<Username> author = readAuthor(fields, origin, warnings);
        Optional<String> avatar = origin.imposedAuthor().isPresent()
                ? origin.imposedAvatar()
                : fields.string("authorAvatar").filter(url -> validAvatar(fields, url));
        License license = fields.parsed("license", License::new).orElse(License.MIT);
        List<Tag> tags = fields.tags("tags");
        Optional<Slot> slot = fields.parsed("slot", slots::require);
        Optional<JsonValue> ui = fields.value("ui");
        if (ui.isPresent() && slot.isEmpty() && fields.value("slot").isEmpty()) {
            fields.reject("slot", "is required for a UI plugin (one of: " + slots.names() + ")");
        }
        EntryPath main = fields.parsed("main", EntryPath::new).orElse(EntryPath.DEFAULT);
        Set<Hook> hooks = readHooks(fields);
        Optional<Priority> priority = fields.number("priority")
                .flatMap(number -> fields.attempt("priority", () -> Priority.of(number.value())));
        HookFailure hookFailure = readHookFailure(fields);
        Optional<JsonObject> requires = fields.object("requires");
        Set<Permission> permissions = readPermissions(fields, requires);
        Optional<VersionRange> hostRange = requires.flatMap(object -> readHostRange(fields.nested("requires", object)));
        ConfigSchema configSchema = fields.value("configSchema")
                .flatMap(schema -> fields.attempt("configSchema", () -> ConfigSchema.fromJson(schema)))
                .orElse(ConfigSchema.EMPTY);
        Optional<Integrity> integrity = fields.parsed("integrity", Integrity::parse);
        boolean enabledByDefault = fields.bool("enabledByDefault").orElse(false);
        boolean isPublic = fields.bool("isPublic").orElse(true);
        warnUnknown(document, KNOWN_FIELDS, "", warnings);
        requires.ifPresent(object -> warnUnknown(object, KNOWN_REQUIRES_FIELDS, "requires.", warnings));

        List<Violation> stacViolations = ui.map(stacValidator::validate).orElse(List.of());
        if (!violations.isEmpty() || !stacViolations.isEmpty()) {
            return ManifestCheck.refused(violations, stacViolations);
        }
        Manifest manifest = new Manifest(id.orElseThrow(), displayName.orElseThrow(), version.orElseThrow(),
                description, author.orElseThrow(), avatar, license, tags, slot, ui, main, hooks, priority,
                hookFailure, permissions, hostRange, configSchema, integrity, enabledByDefault, isPublic);
        return ManifestCheck.read(new ManifestReading(manifest, warnings));
    }

    private Optional<PluginId> readId(DocumentFields fields, Optional<String> name) {
        Optional<String> givenId = fields.string("id").filter(text -> !text.isEmpty());
        if (givenId.isPresent()) {
            Optional<PluginId> id;
            try {
                id = Optional.of(new PluginId(givenId.get()));
            } catch (InvalidRequestException notAnId) {
                fields.reject("id", notAnId.getMessage() + validIdLike(givenId.get()));
                return Optional.empty();
            }
            id.filter(ReservedIds::isReserved).ifPresent(reserved -> fields.reject("id",
                    "'" + reserved + "' is reserved because it would shadow an API route"));
            return id.filter(candidate -> !ReservedIds.isReserved(candidate));
        }
        if (fields.value("id").isPresent() && givenId.isEmpty() && name.isEmpty()) {
            fields.reject("id", "is empty and there is no name to derive it from");
            return Optional.empty();
        }
        if (name.isEmpty()) {
            fields.reject("id", "is required (or give a name to derive it from)");
            return Optional.empty();
        }
        Optional<PluginId> derived = PluginIdDerivation.fromName(name.get());
        if (derived.isEmpty()) {
            fields.reject("id", "cannot be derived from the name '" + MessageBounds.quote(name.get()) + "'; give an id");
        } else if (ReservedIds.isReserved(derived.get())) {
            fields.reject("id", "'" + derived.get() + "' (derived from the name) is reserved because it would shadow an API route");
            return Optional.empty();
        }
        return derived;
    }

    /** Which valid id the given text would become, as a hint for a client author, when there is one. */
    private static String validIdLike(String invalidId) {
        return PluginIdDerivation.fromName(invalidId).filter(id -> !ReservedIds.isReserved(id))
                .map(id -> "; '" + id + "' would be valid").orElse("");
    }

    private static boolean validName(DocumentFields fields, String name) {
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > MAX_NAME_LENGTH || name.isBlank()) {
            fields.reject("name", "must be 1 to " + MAX_NAME_LENGTH + " characters and not blank");
            return false;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            fields.reject("name", "cannot contain control characters");
            return false;
        }
        return true;
    }

    private static boolean validDescription(DocumentFields fields, String description) {
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
            fields.reject("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
            return false;
        }
        return true;
    }

    private static boolean validAvatar(DocumentFields fields, String url) {
        if (!AvatarUrl.isUsable(url)) {
            fields.reject("authorAvatar", AvatarUrl.RULE);
            return false;
        }
        return true;
    }

    private static <T> Optional<T> requiredOrDefault(DocumentFields fields, String name, Optional<T> fallback) {
        if (fallback.isEmpty()) {
            fields.reject(name, "is required");
        }
        return fallback;
    }

    private static Optional<Username> readAuthor(DocumentFields fields, ManifestOrigin origin, List<Violation> warnings) {
        if (origin.imposedAuthor().isEmpty()) {
            return fields.value("author").isPresent()
                    ? fields.parsed("author", Username::new)
                    : requiredOrDefault(fields, "author", Optional.empty());
        }
        Username author = origin.imposedAuthor().get();
        fields.string("author")
                .filter(given -> !given.equalsIgnoreCase(author.value()))
                .ifPresent(given -> warnings.add(Violation.ofField("author",
                        "'" + MessageBounds.quote(given) + "' was ignored: the author is " + author)));
        if (fields.value("authorAvatar").isPresent()) {
            warnings.add(Violation.ofField("authorAvatar", "was ignored: the avatar is the author's own"));
        }
        return Optional.of(author);
    }

    private static Set<Hook> readHooks(DocumentFields fields) {
        Set<Hook> hooks = EnumSet.noneOf(Hook.class);
        fields.object("hooks").ifPresent(object -> {
            DocumentFields hookFields = fields.nested("hooks", object);
            for (String hookName : object.members().keySet()) {
                Optional<Hook> hook = Hook.fromWireName(hookName);
                if (hook.isEmpty()) {
                    hookFields.reject(hookName, "is not a hook (known: " + WireNamed.wireNames(Hook.class) + ")");
                } else if (hookFields.bool(hookName).orElse(false)) {
                    hooks.add(hook.get());
                }
            }
        });
        return hooks;
    }

    private static HookFailure readHookFailure(DocumentFields fields) {
        Optional<String> name = fields.string("hookFailure");
        Optional<HookFailure> hookFailure = name.flatMap(HookFailure::fromWireName);
        if (name.isPresent() && hookFailure.isEmpty()) {
            fields.reject("hookFailure", "must be one of: " + WireNamed.wireNames(HookFailure.class) + ", not '" + name.get() + "'");
        }
        return hookFailure.orElse(HookFailure.OPEN);
    }

    private static Set<Permission> readPermissions(DocumentFields fields, Optional<JsonObject> requires) {
        Optional<DocumentFields> nested = requires.map(object -> fields.nested("requires", object));
        boolean inRequires = nested.flatMap(requireFields -> requireFields.value("permissions")).isPresent();
        if (inRequires && fields.value("permissions").isPresent()) {
            fields.reject("permissions", "give permissions once, either here or under requires.permissions");
            return Set.of();
        }
        DocumentFields source = inRequires ? nested.get() : fields;
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<String> names = source.strings("permissions").orElse(List.of());
        for (int i = 0; i < names.size(); i++) {
            Optional<Permission> permission = Permission.fromWireName(names.get(i));
            if (permission.isEmpty()) {
                source.reject("permissions[" + i + "]",
                        "'" + MessageBounds.quote(names.get(i)) + "' is not a permission (known: " + WireNamed.wireNames(Permission.class) + ")");
            } else {
                permissions.add(permission.get());
            }
        }
        return permissions;
    }

    private Optional<VersionRange> readHostRange(DocumentFields requireFields) {
        Optional<VersionRange> range = requireFields.parsed("host", VersionRange::parse);
        if (range.isPresent() && hostVersion.isPresent() && !range.get().includes(hostVersion.get())) {
            requireFields.reject("host", "this host is version " + hostVersion.get()
                    + ", outside the required range " + range.get());
        }
        return range;
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

    private static void warnUnknown(JsonObject object, Set<String> known, String prefix, List<Violation> warnings) {
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!known.contains(member.getKey())) {
                warnings.add(Violation.ofField(prefix + member.getKey(), "is not a manifest field and was ignored"));
            }
        }
    }
}
