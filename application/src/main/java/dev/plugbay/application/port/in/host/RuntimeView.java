package dev.plugbay.application.port.in.host;

import dev.plugbay.domain.manifest.Hook;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A host plugin's process as the detail view shows it (HOST.md "Views", {@code runtime}).
 *
 * @param state        {@code stopped}, {@code starting}, {@code running} or {@code restarting}
 * @param restarts     restarts since the last activation
 * @param missingHooks declared hooks the running process does not offer
 */
public record RuntimeView(String state, OptionalLong pid, Optional<Instant> startedAt, int restarts,
        Optional<Instant> nextStartAt, Set<Hook> missingHooks) {

    public static final RuntimeView STOPPED =
            new RuntimeView("stopped", OptionalLong.empty(), Optional.empty(), 0, Optional.empty(), Set.of());

    public RuntimeView {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(nextStartAt, "nextStartAt");
        missingHooks = Set.copyOf(missingHooks);
    }
}
