package dev.plugbay.domain.host;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestReading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a host plugin's {@code plugin.json} text (HOST.md "Local install" step 3): JSON, valid per
 * DOMAIN.md, {@code requires.omniroute} counting as {@code requires.host} when that is absent, and no
 * id that is a route segment of {@code /api/plugins}. Every failure is {@code INVALID_MANIFEST}.
 */
public final class HostManifests {

    /** Route segments under {@code /api/plugins} that a plugin name would shadow. */
    public static final Set<String> ROUTE_SEGMENTS = Set.of("scan", "marketplace", "hooks");

    private HostManifests() {
    }

    public static ManifestReading read(ManifestReader reader, String text) {
        JsonValue document;
        try {
            document = JsonReader.parse(text);
        } catch (DomainException malformed) {
            throw new InvalidManifestException("Invalid manifest: " + malformed.getMessage(), List.of());
        }
        if (!(document instanceof JsonObject object)) {
            throw new InvalidManifestException("Invalid manifest: plugin.json must hold a JSON object", List.of());
        }
        ManifestReading reading = reader.read(withHostRequirement(object), ManifestOrigin.document());
        String id = reading.manifest().id().value();
        if (ROUTE_SEGMENTS.contains(id)) {
            throw new InvalidManifestException("Invalid manifest",
                    List.of(Violation.ofField("id", "'" + id + "' is a route of /api/plugins")));
        }
        return reading;
    }

    /** OmniRoute's manifests say {@code requires.omniroute}; it is Plugbay's {@code requires.host} when that is absent. */
    private static JsonObject withHostRequirement(JsonObject document) {
        if (!(document.get("requires").orElse(null) instanceof JsonObject requires) || !requires.has("omniroute")) {
            return document;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(requires.members());
        JsonValue omniroute = members.remove("omniroute");
        members.putIfAbsent("host", omniroute);
        return document.with("requires", new JsonObject(members));
    }
}
