package dev.plugbay.application.port.in.marketplace;

import dev.plugbay.domain.plugin.PluginId;

/**
 * HOST.md "One-click install" ({@code POST /api/plugins/marketplace/{name}/install}): the listed
 * entry's archive is fetched, checked and extracted into staging, admitted by its entry, then
 * installed or upgraded as a local folder is, with source {@code marketplace}. Whatever fails, the
 * staging folder goes and the plugins root holds what it held before. Operations on one name are serialized.
 */
public interface InstallMarketplacePluginUseCase {

    /**
     * @throws dev.plugbay.domain.error.DomainException the failures of {@link StageMarketplacePluginUseCase#stage},
     *         then {@code INVALID_MANIFEST}, {@code INVALID_PACKAGE} (another id or version than the entry's),
     *         {@code INTEGRITY_MISMATCH}, {@code VERSION_CONFLICT} and the upgrade's activation failures
     */
    MarketplaceInstallOutcome install(PluginId name);
}
