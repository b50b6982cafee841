package dev.plugbay.adapters.rest.installation;

import dev.plugbay.adapters.rest.error.ErrorResponse;
import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.adapters.rest.security.Callers;
import dev.plugbay.adapters.rest.view.InstalledPluginView;
import dev.plugbay.adapters.rest.view.PluginViews;
import dev.plugbay.adapters.rest.view.SuccessResponse;
import dev.plugbay.application.port.in.installation.InstallCommand;
import dev.plugbay.application.port.in.installation.InstallPluginUseCase;
import dev.plugbay.application.port.in.installation.InstallPluginUseCase.InstallOutcome;
import dev.plugbay.application.port.in.installation.ListInstallationsUseCase;
import dev.plugbay.application.port.in.installation.TogglePluginUseCase;
import dev.plugbay.application.port.in.installation.UninstallPluginUseCase;
import dev.plugbay.domain.installation.Installation;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.version.SemanticVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/** The caller's own installations: list, install (or upgrade), toggle, uninstall. */
@Controller("/api/v1/plugins")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "installations")
final class InstallationController {

    private final ListInstallationsUseCase listInstallations;
    private final InstallPluginUseCase installPlugin;
    private final TogglePluginUseCase togglePlugin;
    private final UninstallPluginUseCase uninstallPlugin;
    private final Callers callers;

    InstallationController(ListInstallationsUseCase listInstallations, InstallPluginUseCase installPlugin,
            TogglePluginUseCase togglePlugin, UninstallPluginUseCase uninstallPlugin, Callers callers) {
        this.listInstallations = listInstallations;
        this.installPlugin = installPlugin;
        this.togglePlugin = togglePlugin;
        this.uninstallPlugin = uninstallPlugin;
        this.callers = callers;
    }

    @Operation(summary = "The caller's installations, most recently installed first")
    @Get("/installed")
    List<InstalledPluginView> installed(Authentication authentication) {
        Caller caller = callers.browsing(authentication);
        return listInstallations.list(caller).stream().map(installed -> PluginViews.installed(caller, installed)).toList();
    }

    @Operation(summary = "Install a plugin from the catalog (201), or upgrade the caller's installation to a newer release (200)")
    @ApiResponse(responseCode = "201", description = "Installed; the plugin's downloadCount rose by one",
            content = @Content(schema = @Schema(implementation = InstallResponse.class)))
    @ApiResponse(responseCode = "200", description = "Upgraded to the newer release",
            content = @Content(schema = @Schema(implementation = InstallResponse.class)))
    @ApiResponse(responseCode = "404", description = "PLUGIN_NOT_FOUND: no such plugin or release",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "ALREADY_INSTALLED (same release) or VERSION_CONFLICT (older release)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Post("/install")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<InstallResponse> install(Authentication authentication,
            @RequestBody(content = @Content(schema = @Schema(implementation = InstallRequest.class)))
            @Body @Nullable String body) {
        InstallRequest request = InstallRequest.from(RequestJson.object(body));
        Caller caller = callers.browsing(authentication);
        InstallOutcome outcome = installPlugin.install(new InstallCommand(caller, PluginIds.named(request.id()),
                Optional.ofNullable(request.version()).map(SemanticVersion::parse)));
        InstalledPluginView view = PluginViews.installed(caller, outcome.installed());
        return outcome.upgraded()
                ? HttpResponse.ok(new InstallResponse(true, "Plugin upgraded to " + view.installedVersion(), view))
                : HttpResponse.<InstallResponse>status(HttpStatus.CREATED)
                        .body(new InstallResponse(true, "Plugin installed", view));
    }

    @Operation(summary = "Set whether the caller's installation is active")
    @ApiResponse(responseCode = "200", description = "The installation's state",
            content = @Content(schema = @Schema(implementation = ToggleResponse.class)))
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: a member missing or of the wrong type",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "PLUGIN_NOT_FOUND: the caller has not installed it",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Put("/user/toggle")
    @Consumes(MediaType.APPLICATION_JSON)
    ToggleResponse toggle(Authentication authentication,
            @RequestBody(content = @Content(schema = @Schema(implementation = ToggleRequest.class)))
            @Body @Nullable String body) {
        ToggleRequest request = ToggleRequest.from(RequestJson.object(body));
        Installation installation = togglePlugin.toggle(callers.browsing(authentication),
                PluginIds.named(request.pluginId()), request.isActive());
        return new ToggleResponse(true, installation.isActive());
    }

    @Operation(summary = "Remove the caller's installation")
    @ApiResponse(responseCode = "200", description = "Uninstalled",
            content = @Content(schema = @Schema(implementation = SuccessResponse.class)))
    @ApiResponse(responseCode = "404", description = "PLUGIN_NOT_FOUND: the caller has not installed it",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Delete("/uninstall/{id}")
    SuccessResponse uninstall(Authentication authentication, @PathVariable("id") String id) {
        PluginId pluginId = PluginIds.named(id);
        uninstallPlugin.uninstall(callers.browsing(authentication), pluginId);
        return SuccessResponse.of("Plugin " + pluginId + " uninstalled");
    }
}
