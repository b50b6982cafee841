package dev.plugbay.adapters.rest.authoring;

import dev.plugbay.adapters.rest.error.ErrorResponse;
import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.adapters.rest.security.Callers;
import dev.plugbay.application.port.in.authoring.ValidatePluginUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Checks a manifest as creating it would, for editors that validate as their author types; stores nothing. */
@Controller("/api/v1/plugins")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "authoring")
final class ValidationController {

    private final ValidatePluginUseCase validatePlugin;
    private final Callers callers;

    ValidationController(ValidatePluginUseCase validatePlugin, Callers callers) {
        this.validatePlugin = validatePlugin;
        this.callers = callers;
    }

    @Operation(summary = "Validate a plugin manifest without storing or proposing anything")
    @ApiResponse(responseCode = "200", description = "Valid: the normalized manifest and the warnings creating it would give",
            content = @Content(schema = @Schema(implementation = ValidatedManifest.class)))
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST, INVALID_MANIFEST or INVALID_STAC, with details "
            + "(field for manifest fields, pointer into the ui for STAC nodes)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Post("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    ValidatedManifest validate(Authentication authentication,
            @RequestBody(description = "A plugin manifest", content = @Content(schema = @Schema(type = "object")))
            @Body @Nullable String body) {
        return ValidatedManifest.of(validatePlugin.validate(callers.browsing(authentication), RequestJson.object(body)));
    }
}
