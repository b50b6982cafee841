package dev.plugbay.adapters.github.outbound;

import dev.plugbay.adapters.github.outbound.guard.OutboundPolicy;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * The {@code plugbay.outbound} settings: the hosts user-supplied URLs may name, the {@code host:port}
 * pairs exempt from the public-address rule, and the time limits of every outbound request (GitHub's
 * included). Read when Plugbay starts: an entry the guard could never match or a time limit that is
 * not positive stops the start with a message naming the property, the value and the rule.
 */
@Context
@ConfigurationProperties("plugbay.outbound")
public record OutboundSettings(
        @Bindable(defaultValue = "raw.githubusercontent.com") List<String> allowedHosts,
        @Nullable List<String> allowPrivate,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "10s") Duration totalTimeout) {

    public OutboundSettings {
        allowedHosts = List.copyOf(allowedHosts);
        allowPrivate = allowPrivate == null ? List.of() : List.copyOf(allowPrivate);
        OutboundPolicy.of(allowedHosts, allowPrivate);
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("total-timeout", totalTimeout);
    }

    /** The allowlist, normalised as URL hosts are. */
    public OutboundPolicy policy() {
        return OutboundPolicy.of(allowedHosts, allowPrivate);
    }

    public Timeouts timeouts() {
        return new Timeouts(connectTimeout, totalTimeout);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("plugbay.outbound." + name + " = '" + value
                    + "': must be a positive duration (such as 5s)");
        }
    }
}
