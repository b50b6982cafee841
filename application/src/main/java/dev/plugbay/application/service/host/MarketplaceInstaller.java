package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.marketplace.InstallMarketplacePluginUseCase;
import dev.plugbay.application.port.in.marketplace.MarketplaceInstallOutcome;
import dev.plugbay.application.port.in.marketplace.StageMarketplacePluginUseCase;
import dev.plugbay.application.port.in.marketplace.StagedMarketplacePlugin;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.plugin.PluginId;

/**
 * HOST.md "One-click install": the marketplace stages the archive in a folder of the plugins root,
 * the installer takes the plugin from there; the staging folder goes whatever happens, so a refused
 * archive leaves the plugins root as it was. The whole install holds the name's lock.
 */
public final class MarketplaceInstaller implements InstallMarketplacePluginUseCase {

    private final StageMarketplacePluginUseCase marketplace;
    private final PluginStore store;
    private final HostPluginInstaller installer;
    private final HostPluginLocks locks;

    MarketplaceInstaller(StageMarketplacePluginUseCase marketplace, PluginStore store, HostPluginInstaller installer,
            HostPluginLocks locks) {
        this.marketplace = marketplace;
        this.store = store;
        this.installer = installer;
        this.locks = locks;
    }

    @Override
    public MarketplaceInstallOutcome install(PluginId name) {
        return locks.with(name, () -> {
            PluginFolder staging = store.newStaging();
            try {
                StagedMarketplacePlugin staged = marketplace.stage(name, staging.path());
                return new MarketplaceInstallOutcome(
                        installer.installStaged(new PluginFolder(staged.root()), staged.entry(), staged.warnings()),
                        staged.sha256Verified());
            } finally {
                store.discard(staging);
            }
        });
    }
}
