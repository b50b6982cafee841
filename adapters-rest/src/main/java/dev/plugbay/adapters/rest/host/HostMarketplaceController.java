package dev.plugbay.adapters.rest.host;

import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.ListHostPluginsUseCase;
import dev.plugbay.application.port.in.marketplace.BrowseHostMarketplaceUseCase;
import dev.plugbay.application.port.in.marketplace.InstallMarketplacePluginUseCase;
import dev.plugbay.application.port.in.marketplace.MarketplaceInstallOutcome;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.version.SemanticVersion;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HOST.md {@code GET /api/plugins/marketplace} and {@code POST /api/plugins/marketplace/{name}/install}:
 * the host's marketplace listing, with what is installed here, and its one-click install. These literal
 * paths win over the plugin routes' {@code {name}}.
 */
@Controller("/api/plugins/marketplace")
@Secured(HostPluginController.ADMIN)
@Tag(name = "host plugins")
final class HostMarketplaceController {

    private final BrowseHostMarketplaceUseCase marketplace;
    private final InstallMarketplacePluginUseCase installer;
    private final ListHostPluginsUseCase installed;

    HostMarketplaceController(BrowseHostMarketplaceUseCase marketplace, InstallMarketplacePluginUseCase installer,
            ListHostPluginsUseCase installed) {
        this.marketplace = marketplace;
        this.installer = installer;
        this.installed = installed;
    }

    @Operation(summary = "The marketplace: the saved registry's plugins or the built-in list, with installed versions")
    @Get
    JsonValue listing(HttpRequest<?> request) {
        List<String> q = request.getParameters().getAll("q");
        if (q.size() > 1) {
            throw new InvalidRequestException("'q' must be given at most once");
        }
        Map<PluginId, SemanticVersion> versions = installed.list(Optional.empty()).stream()
                .map(HostPluginView::plugin)
                .collect(Collectors.toMap(plugin -> plugin.name(), plugin -> plugin.version()));
        return MarketplaceJson.listing(marketplace.browse(q.isEmpty() ? "" : q.get(0)),
                entry -> Optional.ofNullable(versions.get(entry.name())));
    }

    @Operation(summary = "Install a marketplace plugin from its archive (201), or upgrade it (200)")
    @Post("/{name}/install")
    HttpResponse<JsonValue> install(@PathVariable String name) {
        MarketplaceInstallOutcome outcome = installer.install(PluginIds.named(name));
        return InstallAnswer.of(outcome.install(), Map.of("sha256Verified", JsonBoolean.of(outcome.sha256Verified())));
    }
}
