package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.InstallHostPluginUseCase;
import dev.plugbay.application.port.in.host.InstallOutcome;
import dev.plugbay.application.port.out.host.FolderReplacement;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.EnforcementUnavailableException;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.HookDelivery;
import dev.plugbay.domain.host.HostManifests;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.HostUpgrade;
import dev.plugbay.domain.host.LocalPath;
import dev.plugbay.domain.host.PluginSource;
import dev.plugbay.domain.host.Transition;
import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestReading;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * HOST.md "Local install" and "Upgrade": the folder is checked and copied into staging before
 * anything installed is touched; then the staging folder replaces the plugin's folder, the record
 * follows, and the hooks run. A new version of an active plugin that fails to start rolls everything back.
 */
public final class HostPluginInstaller implements InstallHostPluginUseCase {

    private final ManifestReader reader;
    private final PluginStore store;
    private final HostPlugins plugins;
    private final PluginSupervisor supervisor;
    private final HostPluginViews views;
    private final HostPluginLocks locks;
    private final Clock clock;
    private final Supplier<UUID> ids;

    HostPluginInstaller(ManifestReader reader, PluginStore store, HostPlugins plugins, PluginSupervisor supervisor,
            HostPluginViews views, HostPluginLocks locks, Clock clock, Supplier<UUID> ids) {
        this.reader = reader;
        this.store = store;
        this.plugins = plugins;
        this.supervisor = supervisor;
        this.views = views;
        this.locks = locks;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public InstallOutcome install(String path) {
        PluginFolder source = store.locate(LocalPath.parse(path));
        ManifestReading reading = read(source);
        Manifest manifest = reading.manifest();
        List<String> warnings = manifestWarnings(reading, List.of());
        return locks.with(manifest.id(), () -> {
            Optional<HostPlugin> existing = plugins.find(manifest.id());
            Optional<HostUpgrade> upgrade = existing.map(plugin ->
                    plugin.upgradeTo(manifest, Optional.empty(), PluginSource.LOCAL, clock.instant()));
            PluginFolder staged = stage(source, manifest);
            if (upgrade.isPresent()) {
                return upgrade(existing.get(), upgrade.get(), staged, warnings);
            }
            return firstInstall(manifest, PluginSource.LOCAL, Optional.empty(), staged, warnings);
        });
    }

    /**
     * HOST.md "One-click install" steps 7 and 8: the plugin an archive unpacked to {@code root}, a folder
     * in staging, is admitted by its marketplace entry, then installed or upgraded as a local folder is
     * (steps 3 and 5 to 7) with source {@code marketplace}. The caller discards the staging folder when
     * this fails; on success {@code root} has become the plugin's folder.
     *
     * @param warnings the download's warnings, answered first
     */
    InstallOutcome installStaged(PluginFolder root, MarketplaceEntry entry, List<String> warnings) {
        ManifestReading reading = read(root);
        Manifest manifest = reading.manifest();
        Optional<Integrity> pin = entry.admit(manifest.id(), manifest.version(), manifest.integrity(), entryFile(root, manifest, entry));
        EntryCheck.require(store, root, manifest);
        List<String> all = manifestWarnings(reading, warnings);
        return locks.with(manifest.id(), () -> {
            Optional<HostPlugin> existing = plugins.find(manifest.id());
            if (existing.isPresent()) {
                HostUpgrade upgrade = existing.get().upgradeTo(manifest, pin, PluginSource.MARKETPLACE, clock.instant());
                return upgrade(existing.get(), upgrade, root, all);
            }
            return firstInstall(manifest, PluginSource.MARKETPLACE, pin, root, all);
        });
    }

    /** Step 3. */
    private ManifestReading read(PluginFolder folder) {
        return HostManifests.read(reader, store.readManifest(folder));
    }

    private static List<String> manifestWarnings(ManifestReading reading, List<String> before) {
        List<String> warnings = new ArrayList<>(before);
        reading.warnings().forEach(warning -> warnings.add("manifest: " + warning));
        return warnings;
    }

    /** What the entry's pin is checked on: the entry file, when hooks need one or the entry pins one. */
    private Optional<byte[]> entryFile(PluginFolder root, Manifest manifest, MarketplaceEntry entry) {
        return manifest.hooks().isEmpty() && entry.integrity().isEmpty()
                ? Optional.empty()
                : Optional.of(store.readEntry(root, manifest.main()));
    }

    /** Steps 4 and 5: the copy, then its entry file and pin; on a refusal the staging folder goes. */
    private PluginFolder stage(PluginFolder source, Manifest manifest) {
        PluginFolder staged = store.stage(source);
        try {
            EntryCheck.require(store, staged, manifest);
            return staged;
        } catch (RuntimeException refused) {
            store.discard(staged);
            throw refused;
        }
    }

    private InstallOutcome firstInstall(Manifest manifest, PluginSource source, Optional<Integrity> pin, PluginFolder staged,
            List<String> warnings) {
        store.install(staged, manifest.id()).keep();
        Transition install = HostPlugin.install(ids.get(), manifest, source, pin, clock.instant());
        HostPlugin plugin = install.plugin();
        plugins.insert(plugin);
        store.dataFolder(plugin.name());
        if (manifest.enabledByDefault()) {
            plugin = activateAfterInstall(plugin, install.hooks(), warnings);
        } else if (!install.hooks().isEmpty()) {
            warnings.addAll(shortLived(plugin, install.hooks()));
        }
        return new InstallOutcome(views.of(plugin), warnings, Optional.empty());
    }

    /** Step 7 with {@code enabledByDefault}: onInstall to the new process, then onActivate; a failure leaves {@code error}. */
    private HostPlugin activateAfterInstall(HostPlugin plugin, List<HookDelivery> installHooks, List<String> warnings) {
        Transition activation = plugin.activate(ActivationReason.ACTIVATE, clock.instant());
        List<HookDelivery> hooks = new ArrayList<>(installHooks);
        hooks.addAll(activation.hooks());
        HostPlugin next = activation.plugin();
        try {
            if (plugin.runsCode()) {
                warnings.addAll(supervisor.start(next, hooks));
            }
        } catch (EnforcementUnavailableException refused) {
            uninstallQuietly(plugin);
            throw refused;
        } catch (DomainException failed) {
            next = plugin.fail(failed.getMessage(), clock.instant());
        }
        plugins.update(next);
        return next;
    }

    /** onInstall to a short-lived process; its failures are warnings, except that enforcement refused installs nothing. */
    private List<String> shortLived(HostPlugin plugin, List<HookDelivery> hooks) {
        try {
            return supervisor.runShortLived(plugin, hooks);
        } catch (EnforcementUnavailableException refused) {
            uninstallQuietly(plugin);
            throw refused;
        } catch (DomainException failed) {
            return List.of("onInstall not delivered: " + failed.getMessage());
        }
    }

    private void uninstallQuietly(HostPlugin plugin) {
        plugins.delete(plugin.name());
        store.remove(plugin.name());
    }

    private InstallOutcome upgrade(HostPlugin old, HostUpgrade upgrade, PluginFolder staged, List<String> warnings) {
        warnings.addAll(upgrade.warnings());
        boolean wasRunning = supervisor.running(old.name());
        List<String> stopWarnings = supervisor.stop(old, upgrade.toOldProcess());
        FolderReplacement replacement = store.install(staged, old.name());
        HostPlugin upgraded = upgrade.upgraded();
        if (upgraded.state().isActive() && upgraded.runsCode()) {
            try {
                warnings.addAll(supervisor.start(upgraded, upgrade.toNewProcess()));
            } catch (DomainException failed) {
                replacement.undo();
                restartOld(old, wasRunning);
                throw failed;
            }
        } else if (!upgrade.toNewProcess().isEmpty()) {
            warnings.addAll(shortLivedAfterUpgrade(upgraded, upgrade.toNewProcess()));
        }
        replacement.keep();
        warnings.addAll(stopWarnings);
        plugins.update(upgraded);
        return new InstallOutcome(views.of(upgraded), warnings, Optional.of(old.version()));
    }

    private List<String> shortLivedAfterUpgrade(HostPlugin upgraded, List<HookDelivery> hooks) {
        try {
            return supervisor.runShortLived(upgraded, hooks);
        } catch (DomainException failed) {
            return List.of("onInstall not delivered: " + failed.getMessage());
        }
    }

    /** The rollback of a failed upgrade: the old version runs again (onActivate {@code restart}) when it ran before. */
    private void restartOld(HostPlugin old, boolean wasRunning) {
        if (!wasRunning) {
            return;
        }
        Transition restart = old.activate(ActivationReason.RESTART, clock.instant());
        try {
            supervisor.start(restart.plugin(), restart.hooks());
        } catch (DomainException failed) {
            plugins.update(old.fail(failed.getMessage(), clock.instant()));
        }
    }
}
