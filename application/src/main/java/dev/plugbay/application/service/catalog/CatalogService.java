package dev.plugbay.application.service.catalog;

import dev.plugbay.application.port.in.catalog.BrowseCatalogUseCase;
import dev.plugbay.application.port.in.catalog.CatalogEntry;
import dev.plugbay.application.port.in.catalog.CatalogPage;
import dev.plugbay.application.port.in.catalog.GetPluginUseCase;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogRevision;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.domain.catalog.CatalogQuery;
import dev.plugbay.domain.catalog.Page;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.policy.Authorship;
import dev.plugbay.domain.user.Caller;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Browsing the catalog and reading one plugin, with the caller's own flags on each entry. Each
 * runs its reads in one unit of work: one transaction (and connection) per call, not one per read.
 */
public final class CatalogService implements BrowseCatalogUseCase, GetPluginUseCase {

    private final CatalogReads catalog;
    private final CatalogRevision revision;
    private final Installations installations;
    private final UnitOfWork unitOfWork;
    private final VisiblePlugins visiblePlugins;

    public CatalogService(CatalogReads catalog, CatalogRevision revision, Installations installations, UnitOfWork unitOfWork) {
        this.catalog = catalog;
        this.revision = revision;
        this.installations = installations;
        this.unitOfWork = unitOfWork;
        this.visiblePlugins = new VisiblePlugins(catalog);
    }

    @Override
    public CatalogPage browse(CatalogQuery query) {
        return unitOfWork.readOnly(() -> {
            Page<Plugin> page = catalog.search(query);
            Map<PluginId, Installation> installed = installations.listByOwner(query.viewer()).stream()
                    .collect(Collectors.toMap(Installation::pluginId, Function.identity()));
            return new CatalogPage(page.items().stream()
                    .map(plugin -> new CatalogEntry(plugin, query.author().filter(plugin::isAuthoredBy).isPresent(),
                            Optional.ofNullable(installed.get(plugin.id()))))
                    .toList(), page.total(), query.page(), query.size());
        });
    }

    @Override
    public long revision() {
        return revision.current();
    }

    @Override
    public OptionalLong revisionWithoutWaiting() {
        return revision.currentInMemory();
    }

    @Override
    public CatalogEntry get(Caller caller, PluginId id) {
        return unitOfWork.transactionally(() -> {
            Plugin plugin = visiblePlugins.require(caller, id);
            return new CatalogEntry(plugin, Authorship.isAuthor(caller, plugin),
                    installations.find(caller.username(), id));
        });
    }
}
