package dev.plugbay.adapters.rest.host;

import dev.plugbay.adapters.rest.error.ApiErrors;
import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.application.port.in.host.RunHookPipelineUseCase;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.host.pipeline.HookRequest;
import dev.plugbay.domain.manifest.Hook;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/**
 * HOST.md "Hook route": the host application runs a request, response or error through the active
 * plugins. Only onRequest, onResponse and onError are routes; any other name, lifecycle hooks
 * included, is 404 {@code ROUTE_NOT_FOUND}. Answers 200 whatever the plugins do. A request waits
 * on plugin processes, so it runs on the blocking pool, never on an event loop.
 */
@Controller("/api/plugins/hooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(HostPluginController.ADMIN)
@Tag(name = "host plugins")
final class HookPipelineController {

    private final RunHookPipelineUseCase pipeline;

    HookPipelineController(RunHookPipelineUseCase pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * {@code hooks} is a route segment, never a plugin name (HOST.md "Access"): these literal paths win
     * over {@code /api/plugins/{name}/activate} and {@code /deactivate}, which would match them too.
     */
    @Post(uris = {"/activate", "/deactivate"})
    HttpResponse<?> notAHook() {
        return noSuchHook();
    }

    @Operation(summary = "Run onRequest, onResponse or onError through the active plugins, by priority")
    @Post("/{hook}")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<?> run(@PathVariable String hook, @Body @Nullable String body) {
        Optional<Hook> traffic = Hook.fromWireName(hook).filter(HookRequest.TRAFFIC::contains);
        if (traffic.isEmpty()) {
            return noSuchHook();
        }
        return HttpResponse.ok(pipeline.run(traffic.get(), RequestJson.object(body)));
    }

    private static HttpResponse<?> noSuchHook() {
        return ApiErrors.response(ErrorCode.ROUTE_NOT_FOUND, "No hook route: the hooks are onRequest, onResponse and onError");
    }
}
