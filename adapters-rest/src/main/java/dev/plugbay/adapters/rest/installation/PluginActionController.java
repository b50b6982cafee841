package dev.plugbay.adapters.rest.installation;

import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.adapters.rest.request.RequestJson;
import dev.plugbay.adapters.rest.security.Callers;
import dev.plugbay.application.port.in.installation.ActionCall;
import dev.plugbay.application.port.in.installation.RunPluginActionUseCase;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RUNTIME.md "Action bridge": a STAC button's server action, run by the plugin's code on this host
 * for any authenticated caller. The body is optional: {@code {params: object}}, {@code {}} by default.
 * A request waits on the plugin's process, so it runs on the blocking pool, never on an event loop.
 */
@Controller("/api/v1/plugins")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "installations")
final class PluginActionController {

    private final RunPluginActionUseCase actions;
    private final Callers callers;

    PluginActionController(RunPluginActionUseCase actions, Callers callers) {
        this.actions = actions;
        this.callers = callers;
    }

    @Operation(summary = "Run a server action of the caller's installed plugin: 200 {success, method, result}")
    @Post("/{id}/actions/{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonValue run(Authentication authentication, @PathVariable("id") String id, @PathVariable("method") String method,
            @Body @Nullable String body) {
        JsonObject params = params(body);
        JsonValue result = actions.run(new ActionCall(callers.browsing(authentication), PluginIds.named(id), method, params));
        Map<String, JsonValue> answer = new LinkedHashMap<>();
        answer.put("success", JsonBoolean.TRUE);
        answer.put("method", new JsonString(method));
        answer.put("result", result);
        return new JsonObject(answer);
    }

    private static JsonObject params(String body) {
        if (body == null || body.isEmpty()) {
            return JsonObject.EMPTY;
        }
        JsonValue params = RequestJson.object(body).get("params").orElse(JsonObject.EMPTY);
        if (!(params instanceof JsonObject object)) {
            throw new InvalidRequestException("'params' must be an object, not " + params.typeName());
        }
        return object;
    }
}
