package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;
import java.util.concurrent.CompletionStage;

/** Calls one participant's handler; the stage never fails, every ending is a {@link HandlerCall}. */
@FunctionalInterface
public interface Handlers {

    CompletionStage<HandlerCall> call(Participant participant, Hook hook, JsonObject payload);
}
