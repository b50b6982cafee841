package dev.plugbay.adapters.rest.host;

import dev.plugbay.application.port.in.marketplace.MarketplaceListing;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.host.marketplace.SkippedEntry;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.version.SemanticVersion;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** HOST.md {@code GET /api/plugins/marketplace}: the listing with each entry's installed version. */
final class MarketplaceJson {

    private MarketplaceJson() {
    }

    /** @param installed the installed version of a plugin name, empty when it is not installed */
    static JsonObject listing(MarketplaceListing listing, Function<MarketplaceEntry, Optional<SemanticVersion>> installed) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("plugins", new JsonArray(listing.plugins().stream()
                .<JsonValue>map(entry -> entry(entry, installed.apply(entry))).toList()));
        members.put("source", new JsonString(listing.source().name().toLowerCase(Locale.ROOT)));
        listing.warning().ifPresent(warning -> members.put("warning", new JsonString(warning)));
        if (!listing.skipped().isEmpty()) {
            members.put("skipped", new JsonArray(listing.skipped().stream().<JsonValue>map(MarketplaceJson::skipped).toList()));
        }
        return new JsonObject(members);
    }

    private static JsonObject entry(MarketplaceEntry entry, Optional<SemanticVersion> installed) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("name", new JsonString(entry.name().value()));
        members.put("version", new JsonString(entry.version().toString()));
        members.put("description", new JsonString(entry.description()));
        members.put("author", new JsonString(entry.author()));
        members.put("license", new JsonString(entry.license().value()));
        members.put("tags", HostPluginJson.strings(entry.tags().stream().map(tag -> tag.value()).toList()));
        members.put("downloadUrl", new JsonString(entry.downloadUrl()));
        members.put("repository", optional(entry.repository()));
        members.put("integrity", optional(entry.integrity().map(Object::toString)));
        members.put("sha256", optional(entry.sha256().map(Object::toString)));
        members.put("downloads", JsonNumber.of(entry.downloads()));
        members.put("rating", JsonNumber.of(entry.rating()));
        members.put("verified", JsonBoolean.of(entry.verified()));
        members.put("lastUpdated", optional(entry.lastUpdated()));
        members.put("bundled", JsonBoolean.of(entry.bundled()));
        members.put("installedVersion", optional(installed.map(Object::toString)));
        members.put("hasUpdate", JsonBoolean.of(installed.map(entry::isNewerThan).orElse(false)));
        return new JsonObject(members);
    }

    private static JsonObject skipped(SkippedEntry skipped) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("index", JsonNumber.of(skipped.index()));
        members.put("name", optional(skipped.name()));
        members.put("error", new JsonString(skipped.error()));
        return new JsonObject(members);
    }

    private static JsonValue optional(Optional<String> value) {
        return value.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
    }
}
