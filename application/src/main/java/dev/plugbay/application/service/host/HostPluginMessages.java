package dev.plugbay.application.service.host;

import dev.plugbay.application.port.out.host.CallResult;
import java.util.Optional;

/** The words the host plugin manager uses for its own outcomes (HOST.md, RUNTIME.md). */
final class HostPluginMessages {

    /** HOST.md "Scan": the {@code errorMessage} of a plugin whose folder vanished. */
    static final String FOLDER_MISSING = "Plugin folder is missing";
    static final String TIMED_OUT = "no answer within the call timeout";

    private HostPluginMessages() {
    }

    /** How a call failed, in words; empty when the plugin answered a result. */
    static Optional<String> failure(CallResult result) {
        if (result instanceof CallResult.Answered) {
            return Optional.empty();
        }
        if (result instanceof CallResult.Failed failed) {
            return Optional.of(failed.error());
        }
        if (result instanceof CallResult.TimedOut) {
            return Optional.of(TIMED_OUT);
        }
        if (result instanceof CallResult.Crashed crashed) {
            return Optional.of("the process ended during the call (" + crashed.reason() + ")");
        }
        return Optional.of("not sent: " + ((CallResult.NotSent) result).reason());
    }
}
