package dev.plugbay.domain.host;

import dev.plugbay.domain.config.ConfigUpgrade;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.installation.LifecycleState;
import dev.plugbay.domain.installation.UpgradePolicy;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestWriter;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A code plugin installed on this host (HOST.md, the OmniRoute model; not a marketplace user's
 * installation): its manifest, lifecycle state (DOMAIN.md's machine), stored config and where it
 * came from. Every lifecycle step returns the plugin it leads to and the hooks to deliver.
 *
 * @param id          the installation's UUID, kept across upgrades
 * @param integrity   the pin checked on {@code main} before every start: the manifest's, or the one a
 *                    marketplace entry gave
 * @param activatedAt when it was last activated; empty until then
 */
public record HostPlugin(
        UUID id,
        Manifest manifest,
        PluginSource source,
        LifecycleState state,
        ConfigValues config,
        Optional<Integrity> integrity,
        Instant installedAt,
        Instant updatedAt,
        Optional<Instant> activatedAt) {

    public HostPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(activatedAt, "activatedAt");
        if (updatedAt.isBefore(installedAt)) {
            throw new IllegalArgumentException("a host plugin cannot change before it was installed");
        }
    }

    /** A first install: {@code installed}, nothing stored, onInstall ({@code previousVersion} null) to deliver. */
    public static Transition install(UUID id, Manifest manifest, PluginSource source, Optional<Integrity> integrity,
            Instant now) {
        HostPlugin plugin = new HostPlugin(id, manifest, source, new LifecycleState.Installed(), ConfigValues.EMPTY,
                integrity.or(manifest::integrity), now, now, Optional.empty());
        return new Transition(plugin, plugin.declared(List.of(installHook(Optional.empty()))));
    }

    public PluginId name() {
        return manifest.id();
    }

    public SemanticVersion version() {
        return manifest.version();
    }

    public EntryPath main() {
        return manifest.main();
    }

    /** The message of the {@code error} state; empty in any other state. */
    public Optional<String> errorMessage() {
        return state instanceof LifecycleState.Failed failed ? Optional.of(failed.message()) : Optional.empty();
    }

    /** A plugin that declares no hook runs no code: it is active without a process. */
    public boolean runsCode() {
        return !manifest.hooks().isEmpty();
    }

    /**
     * Activation (from any state): {@code active}, onActivate with {@code reason}. An active plugin
     * activated again by the operator stays as it is, with nothing to deliver.
     */
    public Transition activate(ActivationReason reason, Instant now) {
        if (state.isActive() && reason == ActivationReason.ACTIVATE) {
            return new Transition(this, List.of());
        }
        HostPlugin active = new HostPlugin(id, manifest, source, state.activate(), config, integrity, installedAt, now,
                reason == ActivationReason.ACTIVATE ? Optional.of(now) : activatedAt.or(() -> Optional.of(now)));
        return new Transition(active, declared(List.of(reasoned(Hook.ON_ACTIVATE, reason.wireName()))));
    }

    /**
     * Deactivation: {@code inactive}; an active plugin's process gets onDeactivate with
     * {@code reason}. An inactive plugin stays as it is.
     */
    public Transition deactivate(DeactivationReason reason, Instant now) {
        if (state instanceof LifecycleState.Inactive) {
            return new Transition(this, List.of());
        }
        List<HookDelivery> hooks = state.isActive() ? declared(List.of(reasoned(Hook.ON_DEACTIVATE, reason.wireName())))
                : List.of();
        return new Transition(withState(state.deactivate(), now), hooks);
    }

    /** {@code error} with {@code message}, from any state: a failed start, a crash loop, a vanished folder. */
    public HostPlugin fail(String message, Instant now) {
        return withState(new LifecycleState.Failed(message), now);
    }

    /** An {@code error} plugin whose folder is back and valid (HOST.md "Scan"): {@code inactive}. */
    public HostPlugin reinstate(Instant now) {
        return state instanceof LifecycleState.Failed ? withState(new LifecycleState.Inactive(), now) : this;
    }

    /**
     * The hooks of an uninstall: an active plugin's process gets onDeactivate ({@code uninstall})
     * then onUninstall; any other plugin's onUninstall goes to a short-lived process.
     */
    public List<HookDelivery> uninstallHooks() {
        List<HookDelivery> hooks = new ArrayList<>();
        if (state.isActive()) {
            hooks.add(reasoned(Hook.ON_DEACTIVATE, DeactivationReason.UNINSTALL.wireName()));
        }
        hooks.add(new HookDelivery(Hook.ON_UNINSTALL, Map.of()));
        return declared(hooks);
    }

    /**
     * Moves to {@code newer}, which must be strictly newer (409 {@code VERSION_CONFLICT} otherwise):
     * the id, stored config that the new schema accepts and the state are kept ({@code error}
     * becomes {@code inactive}); each dropped key is a warning.
     */
    public HostUpgrade upgradeTo(Manifest newer, Optional<Integrity> newIntegrity, PluginSource newSource, Instant now) {
        UpgradePolicy.HOST.requireUpgrade(name(), version(), newer.version());
        ConfigUpgrade carried = newer.configSchema().upgrade(config);
        List<String> warnings = carried.dropped().stream()
                .map(dropped -> "config '" + dropped.field() + "' dropped: " + dropped.message())
                .toList();
        LifecycleState nextState = state instanceof LifecycleState.Failed ? new LifecycleState.Inactive() : state;
        HostPlugin upgraded = new HostPlugin(id, newer, newSource, nextState, carried.kept(),
                newIntegrity.or(newer::integrity), installedAt, now, activatedAt);
        List<HookDelivery> toOld = state.isActive()
                ? declared(List.of(reasoned(Hook.ON_DEACTIVATE, DeactivationReason.UPGRADE.wireName())))
                : List.of();
        List<HookDelivery> toNew = new ArrayList<>(List.of(installHook(Optional.of(version()))));
        if (nextState.isActive()) {
            toNew.add(reasoned(Hook.ON_ACTIVATE, ActivationReason.UPGRADE.wireName()));
        }
        return new HostUpgrade(upgraded, toOld, upgraded.declared(toNew), warnings);
    }

    /** PUT: {@code values} become the whole config, validated by the schema (400 {@code INVALID_CONFIG}). */
    public HostPlugin replaceConfig(JsonObject values, Instant now) {
        return withConfig(manifest.configSchema().replace(values), now);
    }

    /** PATCH: {@code patch} merged into the stored values (a null member removes the key), then validated. */
    public HostPlugin mergeConfig(JsonObject patch, Instant now) {
        return withConfig(manifest.configSchema().merge(config, patch), now);
    }

    /** The stored config with the schema's defaults filled in: what the plugin sees. */
    public JsonObject effectiveConfig() {
        return manifest.configSchema().effective(config);
    }

    /** The payload of a lifecycle hook: {@code name, version, manifest, config} and the delivery's own members. */
    public JsonObject payload(HookDelivery delivery) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("name", new JsonString(name().value()));
        members.put("version", new JsonString(version().toString()));
        members.put("manifest", ManifestWriter.toJson(manifest));
        members.put("config", effectiveConfig());
        members.putAll(delivery.members());
        return new JsonObject(members);
    }

    private HostPlugin withConfig(ConfigValues values, Instant now) {
        return new HostPlugin(id, manifest, source, state, values, integrity, installedAt, now, activatedAt);
    }

    private HostPlugin withState(LifecycleState next, Instant now) {
        return new HostPlugin(id, manifest, source, next, config, integrity, installedAt, now, activatedAt);
    }

    private List<HookDelivery> declared(List<HookDelivery> hooks) {
        return hooks.stream().filter(delivery -> manifest.hasHook(delivery.hook())).toList();
    }

    private static HookDelivery installHook(Optional<SemanticVersion> previousVersion) {
        JsonValue previous = previousVersion.<JsonValue>map(version -> new JsonString(version.toString()))
                .orElse(JsonNull.INSTANCE);
        return new HookDelivery(Hook.ON_INSTALL, Map.of("previousVersion", previous));
    }

    private static HookDelivery reasoned(Hook hook, String reason) {
        return new HookDelivery(hook, Map.of("reason", new JsonString(reason)));
    }
}
