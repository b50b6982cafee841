package dev.plugbay.domain.host;

import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One lifecycle hook a transition delivers, with the payload members that are particular to it
 * ({@code reason}, {@code previousVersion}); {@link HostPlugin#payload} adds the common ones.
 */
public record HookDelivery(Hook hook, Map<String, JsonValue> members) {

    public HookDelivery {
        Objects.requireNonNull(hook, "hook");
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
}
