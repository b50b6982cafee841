package dev.plugbay.domain.host.pipeline;

import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.HookFailure;
import dev.plugbay.domain.manifest.Priority;
import dev.plugbay.domain.plugin.PluginId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One active plugin in a hook pipeline: where it runs, what its failure does, and the config its
 * handler gets ({@code ctx.config}).
 */
public record Participant(PluginId plugin, Priority priority, HookFailure failure, JsonObject config) {

    /** Ascending priority, ties by name. */
    public static final Comparator<Participant> ORDER = Comparator.comparing((Participant participant) -> participant.priority())
            .thenComparing(participant -> participant.plugin().value());

    public Participant {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(config, "config");
    }

    /** The manifest's {@code priority}, else the one the process's {@code ready} announced, else 100. */
    public static Priority resolve(Optional<Priority> manifest, OptionalInt ready) {
        return manifest.orElseGet(() -> ready.isPresent() ? new Priority(ready.getAsInt()) : Priority.DEFAULT);
    }
}
