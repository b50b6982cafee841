package dev.plugbay.adapters.rest.host;

import dev.plugbay.application.port.in.host.HostLogLine;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.RuntimeView;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.json.WireNamed;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.Permission;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The plugin item and detail views of HOST.md "Views", in OmniRoute's shapes; timestamps ISO-8601
 * UTC with milliseconds. Paths are relative to {@code plugbay.home}; no absolute path is shown.
 */
final class HostPluginJson {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private HostPluginJson() {
    }

    static JsonObject item(HostPluginView view) {
        HostPlugin plugin = view.plugin();
        Manifest manifest = plugin.manifest();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("id", text(plugin.id().toString()));
        members.put("name", text(plugin.name().value()));
        members.put("version", text(plugin.version().toString()));
        members.put("description", text(manifest.description()));
        members.put("author", text(manifest.author().value()));
        members.put("status", text(plugin.state().name()));
        members.put("enabled", JsonBoolean.of(plugin.state().isActive()));
        members.put("hooks", wireNames(manifest.hooks()));
        members.put("permissions", wireNames(manifest.permissions()));
        members.put("errorMessage", plugin.errorMessage().<JsonValue>map(HostPluginJson::text).orElse(JsonNull.INSTANCE));
        members.put("unenforced", strings(view.unenforced()));
        members.put("installedAt", time(plugin.installedAt()));
        members.put("updatedAt", time(plugin.updatedAt()));
        members.put("activatedAt", time(plugin.activatedAt()));
        return new JsonObject(members);
    }

    static JsonObject detail(HostPluginView view) {
        HostPlugin plugin = view.plugin();
        Manifest manifest = plugin.manifest();
        Map<String, JsonValue> members = new LinkedHashMap<>(item(view).members());
        members.put("license", text(manifest.license().value()));
        members.put("main", text(manifest.main().value()));
        members.put("source", text(plugin.source().wireName()));
        members.put("tags", strings(manifest.tags().stream().map(tag -> tag.value()).toList()));
        members.put("config", plugin.config().toJson());
        members.put("configSchema", manifest.configSchema().toJson());
        members.put("integrity", plugin.integrity().<JsonValue>map(pin -> text(pin.toString())).orElse(JsonNull.INSTANCE));
        Map<String, JsonValue> requires = new LinkedHashMap<>();
        requires.put("host", manifest.hostRange().<JsonValue>map(range -> text(range.toString())).orElse(JsonNull.INSTANCE));
        requires.put("permissions", wireNames(manifest.permissions()));
        members.put("requires", new JsonObject(requires));
        members.put("pluginDir", text(view.pluginDir()));
        Map<String, JsonValue> sandbox = new LinkedHashMap<>();
        for (Permission permission : Permission.values()) {
            sandbox.put(permission.wireName(), text(view.sandbox().getOrDefault(permission, HostPluginView.UNENFORCED)));
        }
        members.put("sandbox", new JsonObject(sandbox));
        members.put("runtime", runtime(view.runtime()));
        return new JsonObject(members);
    }

    private static JsonObject runtime(RuntimeView runtime) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("state", text(runtime.state()));
        members.put("pid", runtime.pid().isPresent() ? JsonNumber.of(runtime.pid().getAsLong()) : JsonNull.INSTANCE);
        members.put("startedAt", time(runtime.startedAt()));
        members.put("restarts", JsonNumber.of(runtime.restarts()));
        members.put("nextStartAt", time(runtime.nextStartAt()));
        members.put("missingHooks", wireNames(runtime.missingHooks()));
        return new JsonObject(members);
    }

    static JsonObject log(HostLogLine line) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("at", time(line.at()));
        members.put("stream", text(line.stream()));
        members.put("line", text(line.line()));
        members.put("truncated", JsonBoolean.of(line.truncated()));
        return new JsonObject(members);
    }

    static JsonString text(String value) {
        return new JsonString(value);
    }

    static JsonArray strings(Collection<String> values) {
        return new JsonArray(values.stream().<JsonValue>map(HostPluginJson::text).toList());
    }

    /** Wire names in declaration order (DOMAIN.md's order for hooks). */
    private static <E extends Enum<E> & WireNamed> JsonArray wireNames(Collection<E> values) {
        return strings(new TreeSet<>(values).stream().map(WireNamed::wireName).toList());
    }

    static JsonValue time(Instant at) {
        return text(MILLIS.format(at));
    }

    static JsonValue time(Optional<Instant> at) {
        return at.map(HostPluginJson::time).orElse(JsonNull.INSTANCE);
    }
}
