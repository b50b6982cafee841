package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a host application sends to the pipeline (HOST.md "Hook route"): {@code {ctx}} for
 * onRequest, {@code {ctx, response}} for onResponse, {@code {ctx, error}} for onError, with
 * {@code ctx} an object ({@code ctx.metadata} an object when present) and {@code error.message} a
 * string. Other members are ignored.
 *
 * @param second the {@code response} (any JSON) or the {@code error} object; empty for onRequest
 */
public record HookRequest(Hook hook, JsonObject ctx, Optional<JsonValue> second) {

    /** The hooks a host application runs through the pipeline. */
    public static final Set<Hook> TRAFFIC = Set.of(Hook.ON_REQUEST, Hook.ON_RESPONSE, Hook.ON_ERROR);

    public HookRequest {
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(second, "second");
        if (!TRAFFIC.contains(hook)) {
            throw new IllegalArgumentException(hook.wireName() + " does not run as a pipeline");
        }
    }

    /** @throws InvalidRequestException the body does not have the hook's shape */
    public static HookRequest read(Hook hook, JsonObject body) {
        JsonObject ctx = body.get("ctx").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .orElseThrow(() -> new InvalidRequestException("'ctx' is required and must be an object"));
        if (ctx.get("metadata").filter(metadata -> !(metadata instanceof JsonObject)).isPresent()) {
            throw new InvalidRequestException("'ctx.metadata' must be an object when present");
        }
        return switch (hook) {
            case ON_REQUEST -> new HookRequest(hook, ctx, Optional.empty());
            case ON_RESPONSE -> new HookRequest(hook, ctx, Optional.of(body.get("response")
                    .orElseThrow(() -> new InvalidRequestException("'response' is required"))));
            case ON_ERROR -> new HookRequest(hook, ctx, Optional.of(error(body)));
            default -> throw new IllegalArgumentException(hook.wireName() + " does not run as a pipeline");
        };
    }

    private static JsonObject error(JsonObject body) {
        Optional<JsonObject> error = body.get("error").filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
        if (error.isEmpty() || !(error.get().get("message").orElse(null) instanceof JsonString)) {
            throw new InvalidRequestException("'error' is required and must be an object with a string 'message'");
        }
        return error.get();
    }
}
