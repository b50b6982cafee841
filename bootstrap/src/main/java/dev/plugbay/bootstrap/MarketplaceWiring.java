package dev.plugbay.bootstrap;

import dev.plugbay.adapters.host.PluginsSettings;
import dev.plugbay.application.port.out.host.BundledPlugins;
import dev.plugbay.application.port.out.host.HostSettings;
import dev.plugbay.application.port.out.host.PluginArchives;
import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.application.service.host.HostPluginServices;
import dev.plugbay.application.service.host.MarketplaceInstaller;
import dev.plugbay.application.service.marketplace.HostMarketplaceService;
import dev.plugbay.application.service.marketplace.HostSettingsService;
import dev.plugbay.application.service.marketplace.MarketplaceRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The host marketplace's use cases (HOST.md "Remote marketplace", "One-click install", "Settings"):
 * one registry cache shared by the listing and the settings, which drop it when a URL is saved.
 */
@Factory
final class MarketplaceWiring {

    @Singleton
    MarketplaceRegistry marketplaceRegistry(HostSettings settings, RemoteMarketplace remote, BundledPlugins bundled,
            Clock clock) {
        return new MarketplaceRegistry(settings, remote, bundled, clock);
    }

    @Singleton
    HostMarketplaceService hostMarketplaceService(MarketplaceRegistry registry, RemoteMarketplace remote,
            BundledPlugins bundled, PluginArchives archives, PluginsSettings limits) {
        return new HostMarketplaceService(registry, remote, bundled, archives, limits.limits());
    }

    @Singleton
    MarketplaceInstaller marketplaceInstaller(HostPluginServices host, HostMarketplaceService marketplace) {
        return host.marketplaceInstaller(marketplace);
    }

    @Singleton
    HostSettingsService hostSettingsService(HostSettings settings, RemoteMarketplace remote, MarketplaceRegistry registry) {
        return new HostSettingsService(settings, remote, registry);
    }
}
