package dev.plugbay.domain.installation;

import dev.plugbay.domain.config.ConfigUpgrade;
import dev.plugbay.domain.config.ConfigValues;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's installation of one plugin: the version they run, where it is in its lifecycle, and
 * their config values. Every change returns a new installation stamped by the given clock.
 */
public record Installation(
        Username owner,
        PluginId pluginId,
        SemanticVersion installedVersion,
        LifecycleState state,
        ConfigValues config,
        Instant installedAt,
        Instant updatedAt) {

    public Installation {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(installedVersion, "installedVersion");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(installedAt)) {
            throw new IllegalArgumentException("an installation cannot change before it was installed");
        }
    }

    /** A new installation of a release: {@code active} when the plugin is enabled by default. */
    public static Installation install(Username owner, PluginId pluginId, Release release, Clock clock) {
        Instant now = clock.instant();
        LifecycleState state = release.manifest().enabledByDefault() ? new LifecycleState.Active()
                : new LifecycleState.Installed();
        return new Installation(owner, pluginId, release.version(), state, ConfigValues.EMPTY, now, now);
    }

    /** A marketplace user's new installation (the Invenicum model): {@code active} at once, whatever the manifest says. */
    public static Installation installActive(Username owner, PluginId pluginId, Release release, Clock clock) {
        Instant now = clock.instant();
        return new Installation(owner, pluginId, release.version(), new LifecycleState.Active(), ConfigValues.EMPTY,
                now, now);
    }

    public Installation activate(Clock clock) {
        return withState(state.activate(), clock);
    }

    public Installation deactivate(Clock clock) {
        return withState(state.deactivate(), clock);
    }

    /**
     * The installation with the marketplace's switch set to {@code active}: itself, unchanged and
     * not restamped, when it already is where the switch says.
     */
    public Installation switchedTo(boolean active, Clock clock) {
        return withState(state.switchedTo(active), clock);
    }

    public Installation failActivation(String message, Clock clock) {
        return withState(state.failActivation(message), clock);
    }

    /**
     * Moves to a strictly newer release, keeping the config values that are still valid under its
     * schema; the dropped ones are reported in the result. Anything else is refused as the owner's
     * {@code policy} says.
     */
    public Upgrade upgradeTo(Release newer, UpgradePolicy policy, Clock clock) {
        policy.requireUpgrade(pluginId, installedVersion, newer.version());
        ConfigUpgrade config = newer.manifest().configSchema().upgrade(this.config);
        Installation upgraded = new Installation(owner, pluginId, newer.version(), state, config.kept(),
                installedAt, clock.instant());
        return new Upgrade(upgraded, config);
    }

    /** The same installation with new config values, already validated against the release's schema. */
    public Installation withConfig(ConfigValues values, Clock clock) {
        return new Installation(owner, pluginId, installedVersion, state, values, installedAt, clock.instant());
    }

    /** Whether uninstalling must deactivate first (it does for an active plugin). */
    public boolean deactivatesBeforeUninstall() {
        return state.isActive();
    }

    public boolean isActive() {
        return state.isActive();
    }

    public Optional<String> errorMessage() {
        return state instanceof LifecycleState.Failed failed ? Optional.of(failed.message()) : Optional.empty();
    }

    public boolean isOwnedBy(Username user) {
        return owner.equals(user);
    }

    private Installation withState(LifecycleState next, Clock clock) {
        return next.equals(state) ? this
                : new Installation(owner, pluginId, installedVersion, next, config, installedAt, clock.instant());
    }

    /** An upgraded installation and what happened to its config. */
    public record Upgrade(Installation installation, ConfigUpgrade config) {
    }
}
