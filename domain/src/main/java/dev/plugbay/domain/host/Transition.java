package dev.plugbay.domain.host;

import java.util.List;
import java.util.Objects;

/** A host plugin after a lifecycle step, and the hooks to deliver for it, in order (only declared ones). */
public record Transition(HostPlugin plugin, List<HookDelivery> hooks) {

    public Transition {
        Objects.requireNonNull(plugin, "plugin");
        hooks = List.copyOf(hooks);
    }
}
