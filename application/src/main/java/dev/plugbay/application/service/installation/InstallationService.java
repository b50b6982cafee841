package dev.plugbay.application.service.installation;

import dev.plugbay.application.service.catalog.VisiblePlugins;

import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.port.in.installation.InstallPluginUseCase;
import dev.plugbay.application.port.in.installation.InstalledPlugin;
import dev.plugbay.application.port.in.installation.ListInstallationsUseCase;
import dev.plugbay.application.port.in.installation.TogglePluginUseCase;
import dev.plugbay.application.port.in.installation.UninstallPluginUseCase;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.DownloadCounter;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.installation.UpgradePolicy;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.catalog.Release;
import dev.plugbay.domain.user.Caller;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users' installations: install (and upgrade), uninstall, toggle and list. */
public final class InstallationService implements InstallPluginUseCase, UninstallPluginUseCase,
        TogglePluginUseCase, ListInstallationsUseCase {

    private final CatalogReads catalog;
    private final Installations installations;
    private final DownloadCounter downloads;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final VisiblePlugins visiblePlugins;

    public InstallationService(CatalogReads catalog, Installations installations, DownloadCounter downloads,
            UnitOfWork unitOfWork, Clock clock) {
        this.catalog = catalog;
        this.installations = installations;
        this.downloads = downloads;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.visiblePlugins = new VisiblePlugins(catalog);
    }

    @Override
    public InstallOutcome install(InstallCommand command) {
        return unitOfWork.transactionally(() -> {
            Caller caller = command.caller();
            Plugin plugin = visiblePlugins.require(caller, command.pluginId());
            Release target = command.version().map(plugin::release).orElseGet(plugin::latestRelease);
            Optional<Installation> existing = installations.find(caller.username(), plugin.id());
            if (existing.isPresent()) {
                return new InstallOutcome(new InstalledPlugin(plugin, upgrade(existing.get(), target)), true);
            }
            Installation installation = Installation.installActive(caller.username(), plugin.id(), target, clock);
            installations.insert(installation);
            downloads.increment(plugin.id());
            Plugin counted = catalog.find(plugin.id()).orElse(plugin);
            return new InstallOutcome(new InstalledPlugin(counted, installation), false);
        });
    }

    private Installation upgrade(Installation current, Release target) {
        Installation upgraded = current.upgradeTo(target, UpgradePolicy.MARKETPLACE, clock).installation().activate(clock);
        installations.update(upgraded);
        return upgraded;
    }

    @Override
    public void uninstall(Caller caller, PluginId pluginId) {
        unitOfWork.transactionally(() -> {
            if (!installations.delete(caller.username(), pluginId)) {
                throw notInstalled(pluginId);
            }
            return null;
        });
    }

    @Override
    public Installation toggle(Caller caller, PluginId pluginId, boolean active) {
        return unitOfWork.transactionally(() -> {
            Installation current = installations.find(caller.username(), pluginId)
                    .orElseThrow(() -> notInstalled(pluginId));
            Installation next = current.switchedTo(active, clock);
            if (!next.equals(current)) {
                installations.update(next);
            }
            return next;
        });
    }

    @Override
    public List<InstalledPlugin> list(Caller caller) {
        List<Installation> owned = installations.listByOwner(caller.username());
        Map<PluginId, Plugin> plugins = catalog.findAll(owned.stream().map(Installation::pluginId).toList());
        // An installation whose plugin or release the catalog cannot give (gone, or unreadable) is left out.
        return owned.stream()
                .filter(installation -> plugins.containsKey(installation.pluginId()) && plugins.get(installation.pluginId())
                        .findRelease(installation.installedVersion()).isPresent())
                .map(installation -> new InstalledPlugin(plugins.get(installation.pluginId()), installation))
                .toList();
    }

    private static PluginNotFoundException notInstalled(PluginId pluginId) {
        return new PluginNotFoundException("Plugin " + pluginId + " is not installed");
    }
}
