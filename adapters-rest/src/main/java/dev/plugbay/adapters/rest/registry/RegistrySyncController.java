package dev.plugbay.adapters.rest.registry;

import dev.plugbay.adapters.rest.error.ErrorResponse;
import dev.plugbay.application.port.in.registry.ReadLastSyncUseCase;
import dev.plugbay.application.port.in.registry.SyncRegistryUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Registry administration, for tokens with the {@code ADMIN} role only. */
@Controller("/api/v1/admin/registry")
@Secured(RegistrySyncController.ADMIN)
@Tag(name = "admin")
final class RegistrySyncController {

    static final String ADMIN = "ADMIN";

    private final SyncRegistryUseCase syncRegistry;
    private final ReadLastSyncUseCase lastSync;

    RegistrySyncController(SyncRegistryUseCase syncRegistry, ReadLastSyncUseCase lastSync) {
        this.syncRegistry = syncRegistry;
        this.lastSync = lastSync;
    }

    @Operation(summary = "Pull the GitHub registry into the catalog now")
    @ApiResponse(responseCode = "200", description = "What the sync changed",
            content = @Content(schema = @Schema(implementation = SyncReportView.class)))
    @ApiResponse(responseCode = "403", description = "PERMISSION_DENIED: the token has no ADMIN role",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "502", description = "UPSTREAM_UNAVAILABLE: the registry could not be read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Post("/sync")
    SyncReportView sync() {
        return SyncReportView.of(syncRegistry.sync());
    }

    @Operation(summary = "The last registry sync this instance ran (scheduled or requested): what it changed, or why it failed")
    @ApiResponse(responseCode = "200", description = "lastSync is null until the first sync has run",
            content = @Content(schema = @Schema(implementation = SyncRunView.class)))
    @ApiResponse(responseCode = "403", description = "PERMISSION_DENIED: the token has no ADMIN role",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Get("/sync")
    SyncRunView lastSync() {
        return SyncRunView.of(lastSync.lastSync());
    }
}
