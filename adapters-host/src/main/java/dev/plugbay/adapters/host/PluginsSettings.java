package dev.plugbay.adapters.host;

import dev.plugbay.application.port.out.host.PackageLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * The {@code plugbay.plugins} caps on plugin files (HOST.md "Local install" and "One-click install"),
 * checked when Plugbay starts: a cap that is not positive stops the start with a message naming it.
 * Sizes take bytes or units ({@code 50MB}).
 */
@Context
@ConfigurationProperties("plugbay.plugins")
public record PluginsSettings(
        @Bindable(defaultValue = "100MB") @ReadableBytes long maxBytes,
        @Bindable(defaultValue = "10000") int maxFiles,
        @Bindable(defaultValue = "32") int maxDepth,
        @Bindable(defaultValue = "50MB") @ReadableBytes long maxArchiveBytes,
        @Bindable(defaultValue = "100") int maxRatio) {

    public PluginsSettings {
        requirePositive("max-bytes", maxBytes);
        requirePositive("max-files", maxFiles);
        requirePositive("max-depth", maxDepth);
        requirePositive("max-archive-bytes", maxArchiveBytes);
        requirePositive("max-ratio", maxRatio);
    }

    public PackageLimits limits() {
        return new PackageLimits(maxBytes, maxFiles, maxDepth, maxArchiveBytes, maxRatio);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("plugbay.plugins." + name + " must be positive, not " + value);
        }
    }
}
