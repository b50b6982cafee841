package dev.plugbay.adapters.host.testing;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Micronaut contexts over this module's beans, for the tests of settings that stop a bad start. */
public final class TestContexts {

    private TestContexts() {
    }

    /** A started context with these properties and {@code plugbay.home} in {@code home}. */
    public static ApplicationContext start(Path home, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("plugbay.home", home.toString());
        return ApplicationContext.builder().properties(all).singletons(Clock.systemUTC()).start();
    }

    /** The messages of a failure and all its causes, one per line. */
    public static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
