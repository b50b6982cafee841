package dev.plugbay.adapters.rest.host;

import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.application.port.in.host.ActivateHostPluginUseCase;
import dev.plugbay.application.port.in.host.ConfigureHostPluginUseCase;
import dev.plugbay.application.port.in.host.DeactivateHostPluginUseCase;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.InstallHostPluginUseCase;
import dev.plugbay.application.port.in.host.ListHostPluginsUseCase;
import dev.plugbay.application.port.in.host.ReadHostPluginLogsUseCase;
import dev.plugbay.application.port.in.host.ScanHostPluginsUseCase;
import dev.plugbay.application.port.in.host.ScanReport;
import dev.plugbay.application.port.in.host.UninstallHostPluginUseCase;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.host.FolderRefusals;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** HOST.md "Routes" (except marketplace, settings, hooks, metrics and executions): the operator's host plugins. */
@Controller("/api/plugins")
@Secured(HostPluginController.ADMIN)
@Tag(name = "host plugins")
final class HostPluginController {

    static final String ADMIN = "ADMIN";
    private static final Set<String> STATES = Set.of("installed", "active", "inactive", "error");
    private static final int MAX_LOG_LIMIT = 500;
    private static final int DEFAULT_LOG_LIMIT = 100;

    private final ListHostPluginsUseCase list;
    private final InstallHostPluginUseCase installer;
    private final ScanHostPluginsUseCase scanner;
    private final ActivateHostPluginUseCase activation;
    private final DeactivateHostPluginUseCase deactivation;
    private final ConfigureHostPluginUseCase config;
    private final UninstallHostPluginUseCase uninstaller;
    private final ReadHostPluginLogsUseCase logs;

    HostPluginController(ListHostPluginsUseCase list, InstallHostPluginUseCase installer, ScanHostPluginsUseCase scanner,
            ActivateHostPluginUseCase activation, DeactivateHostPluginUseCase deactivation,
            ConfigureHostPluginUseCase config, UninstallHostPluginUseCase uninstaller, ReadHostPluginLogsUseCase logs) {
        this.list = list;
        this.installer = installer;
        this.scanner = scanner;
        this.activation = activation;
        this.deactivation = deactivation;
        this.config = config;
        this.uninstaller = uninstaller;
        this.logs = logs;
    }

    @Operation(summary = "Every host plugin, sorted by name, or those in one status")
    @Get
    JsonValue plugins(HttpRequest<?> request) {
        List<String> status = request.getParameters().getAll("status");
        if (status.size() > 1 || (status.size() == 1 && !STATES.contains(status.get(0)))) {
            throw new InvalidRequestException("'status' must be given once, as installed, active, inactive or error");
        }
        List<JsonValue> items = list.list(status.stream().findFirst()).stream().<JsonValue>map(HostPluginJson::item).toList();
        return object("plugins", new JsonArray(items));
    }

    @Operation(summary = "Install a plugin from a folder on this machine (201), or upgrade it (200)")
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<JsonValue> install(@Body @Nullable String body) {
        JsonValue path = RequestJson.object(body).get("path").orElseThrow(() -> FolderRefusals.path("path is required"));
        if (!(path instanceof JsonString text)) {
            throw FolderRefusals.path("path must be a string");
        }
        return InstallAnswer.of(installer.install(text.value()), Map.of());
    }

    @Operation(summary = "Register the valid unknown folders of the plugins root; mark vanished ones")
    @Post("/scan")
    JsonValue scan() {
        ScanReport report = scanner.scan();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("discovered", JsonNumber.of(report.discovered()));
        members.put("registered", HostPluginJson.strings(report.registered()));
        members.put("missing", HostPluginJson.strings(report.missing()));
        members.put("errors", new JsonArray(report.errors().stream().<JsonValue>map(error -> new JsonObject(Map.of(
                "name", new JsonString(error.name()), "error", new JsonString(error.error())))).toList()));
        return new JsonObject(members);
    }

    @Operation(summary = "One host plugin, in detail")
    @Get("/{name}")
    JsonValue plugin(@PathVariable String name) {
        return object("plugin", HostPluginJson.detail(list.get(PluginIds.named(name))));
    }

    @Operation(summary = "Uninstall a host plugin: its last hooks, then its files, data, record and logs go")
    @Delete("/{name}")
    JsonValue uninstall(@PathVariable String name) {
        PluginId id = PluginIds.named(name);
        List<String> warnings = uninstaller.uninstall(id);
        Map<String, JsonValue> members = success("Plugin '" + id + "' uninstalled");
        members.put("warnings", HostPluginJson.strings(warnings));
        return new JsonObject(members);
    }

    @Operation(summary = "Activate a host plugin: start its process and deliver onActivate")
    @Post("/{name}/activate")
    JsonValue activate(@PathVariable String name) {
        PluginId id = PluginIds.named(name);
        return lifecycleAnswer("Plugin '" + id + "' activated", activation.activate(id));
    }

    @Operation(summary = "Deactivate a host plugin: deliver onDeactivate and stop its process")
    @Post("/{name}/deactivate")
    JsonValue deactivate(@PathVariable String name) {
        PluginId id = PluginIds.named(name);
        return lifecycleAnswer("Plugin '" + id + "' deactivated", deactivation.deactivate(id));
    }

    @Operation(summary = "A host plugin's stored config, schema, and config with defaults filled in")
    @Get("/{name}/config")
    JsonValue config(@PathVariable String name) {
        HostPlugin plugin = list.get(PluginIds.named(name)).plugin();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("config", plugin.config().toJson());
        members.put("configSchema", plugin.manifest().configSchema().toJson());
        members.put("effective", plugin.effectiveConfig());
        return new JsonObject(members);
    }

    @Operation(summary = "Replace a host plugin's config")
    @Put("/{name}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonValue replaceConfig(@PathVariable String name, @Body @Nullable String body) {
        PluginId id = PluginIds.named(name);
        return configAnswer(config.replaceConfig(id, configMember(body)));
    }

    @Operation(summary = "Merge into a host plugin's config; a null value removes the key")
    @Patch("/{name}/config")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonValue mergeConfig(@PathVariable String name, @Body @Nullable String body) {
        PluginId id = PluginIds.named(name);
        return configAnswer(config.mergeConfig(id, configMember(body)));
    }

    @Operation(summary = "A host plugin's last log entries, oldest first")
    @Get("/{name}/logs")
    JsonValue logs(@PathVariable String name, HttpRequest<?> request) {
        PluginId id = PluginIds.named(name);
        int limit = QueryLimit.of(request.getParameters().getAll("limit"), DEFAULT_LOG_LIMIT, MAX_LOG_LIMIT);
        return object("logs", new JsonArray(logs.logs(id, limit).stream().<JsonValue>map(HostPluginJson::log).toList()));
    }

    private static JsonObject configMember(String body) {
        Optional<JsonValue> value = RequestJson.object(body).get("config");
        if (value.isEmpty() || !(value.get() instanceof JsonObject values)) {
            throw new InvalidRequestException("'config' is required and must be an object");
        }
        return values;
    }

    private static JsonValue configAnswer(HostPlugin plugin) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("success", JsonBoolean.TRUE);
        members.put("config", plugin.config().toJson());
        return new JsonObject(members);
    }

    private static JsonValue lifecycleAnswer(String message, HostPluginView view) {
        Map<String, JsonValue> members = success(message);
        members.put("plugin", HostPluginJson.item(view));
        return new JsonObject(members);
    }

    private static Map<String, JsonValue> success(String message) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("success", JsonBoolean.TRUE);
        members.put("message", new JsonString(message));
        return members;
    }

    private static JsonObject object(String name, JsonValue value) {
        return new JsonObject(Map.of(name, value));
    }
}
