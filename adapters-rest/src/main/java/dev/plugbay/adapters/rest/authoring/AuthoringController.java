package dev.plugbay.adapters.rest.authoring;

import dev.plugbay.adapters.rest.error.ErrorResponse;
import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.adapters.rest.security.Callers;
import dev.plugbay.application.port.in.authoring.CreatePluginUseCase;
import dev.plugbay.application.port.in.authoring.DeletePluginUseCase;
import dev.plugbay.application.port.in.authoring.UpdatePluginUseCase;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.registry.Proposal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Authors' plugins. Bodies are manifest documents (DOMAIN.md); the author always comes from the
 * token. Unknown members are reported back as {@code warnings}.
 */
@Controller("/api/v1/plugins")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
final class AuthoringController {

    private final CreatePluginUseCase createPlugin;
    private final UpdatePluginUseCase updatePlugin;
    private final DeletePluginUseCase deletePlugin;
    private final Callers callers;

    AuthoringController(CreatePluginUseCase createPlugin, UpdatePluginUseCase updatePlugin,
            DeletePluginUseCase deletePlugin, Callers callers) {
        this.createPlugin = createPlugin;
        this.updatePlugin = updatePlugin;
        this.deletePlugin = deletePlugin;
        this.callers = callers;
    }

    @Operation(summary = "Create a plugin; a public one is also proposed to the GitHub registry when one is configured")
    @ApiResponse(responseCode = "201", description = "Created and in the catalog",
            content = @Content(schema = @Schema(implementation = CreatedPlugin.class)))
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST, INVALID_MANIFEST or INVALID_STAC, with details",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "ALREADY_EXISTS, or VERSION_CONFLICT for a version once published",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<CreatedPlugin> create(Authentication authentication,
            @RequestBody(description = "A plugin manifest", content = @Content(schema = @Schema(type = "object")))
            @Body @Nullable String body) {
        CreatedPlugin created = CreatedPlugin.of(createPlugin.create(callers.authoring(authentication),
                RequestJson.object(body)));
        return HttpResponse.<CreatedPlugin>status(HttpStatus.CREATED).body(created);
    }

    @Operation(summary = "Publish a new immutable release, with a version greater than every release of the plugin")
    @ApiResponse(responseCode = "200", description = "Released",
            content = @Content(schema = @Schema(implementation = UpdatedPlugin.class)))
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST, INVALID_MANIFEST or INVALID_STAC, with details",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403", description = "PERMISSION_DENIED: neither the author nor an admin",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "PLUGIN_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "VERSION_CONFLICT: not strictly newer, or published before",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    UpdatedPlugin update(Authentication authentication, @PathVariable("id") String id,
            @RequestBody(description = "A plugin manifest with a new version",
                    content = @Content(schema = @Schema(type = "object")))
            @Body @Nullable String body) {
        return UpdatedPlugin.of(updatePlugin.update(callers.authoring(authentication), PluginIds.named(id),
                RequestJson.object(body)));
    }

    @Operation(summary = "Remove a plugin and every installation of it; its released versions stay reserved")
    @ApiResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = DeletedPlugin.class)))
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: deleteFromGitHub is not true or false",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403", description = "PERMISSION_DENIED: neither the author nor an admin",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "PLUGIN_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Delete("/{id}")
    DeletedPlugin delete(Authentication authentication, @PathVariable("id") String id,
            @Nullable @QueryValue("deleteFromGitHub") String deleteFromGitHub) {
        PluginId pluginId = PluginIds.named(id);
        Proposal proposal = deletePlugin.delete(callers.authoring(authentication), pluginId, flag(deleteFromGitHub));
        return new DeletedPlugin(true, "Plugin " + pluginId + " was deleted", ProposalView.of(proposal));
    }

    private static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidRequestException("deleteFromGitHub must be true or false");
    }
}
