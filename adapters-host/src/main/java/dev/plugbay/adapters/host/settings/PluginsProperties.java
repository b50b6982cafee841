package dev.plugbay.adapters.host.settings;

import dev.plugbay.application.port.out.host.PackageLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * The caps on plugin files ({@code plugbay.plugins.*}, HOST.md "Local install" and "One-click
 * install"). Sizes accept bytes or units ({@code 50MB}). Bound at startup, so a value that is not
 * positive stops Plugbay with a message naming the setting.
 */
@Context
@ConfigurationProperties("plugbay.plugins")
public class PluginsProperties {

    private static final String PREFIX = "plugbay.plugins.";

    private long maxBytes = PackageLimits.DEFAULTS.maxBytes();
    private int maxFiles = PackageLimits.DEFAULTS.maxFiles();
    private int maxDepth = PackageLimits.DEFAULTS.maxDepth();
    private long maxArchiveBytes = PackageLimits.DEFAULTS.maxArchiveBytes();
    private int maxRatio = PackageLimits.DEFAULTS.maxRatio();

    public void setMaxBytes(@ReadableBytes long maxBytes) {
        this.maxBytes = positive("max-bytes", maxBytes);
    }

    public void setMaxFiles(int maxFiles) {
        this.maxFiles = (int) positive("max-files", maxFiles);
    }

    public void setMaxDepth(int maxDepth) {
        this.maxDepth = (int) positive("max-depth", maxDepth);
    }

    public void setMaxArchiveBytes(@ReadableBytes long maxArchiveBytes) {
        this.maxArchiveBytes = positive("max-archive-bytes", maxArchiveBytes);
    }

    public void setMaxRatio(int maxRatio) {
        this.maxRatio = (int) positive("max-ratio", maxRatio);
    }

    public PackageLimits limits() {
        return new PackageLimits(maxBytes, maxFiles, maxDepth, maxArchiveBytes, maxRatio);
    }

    private static long positive(String name, long value) {
        if (value <= 0) {
            throw new ConfigurationException(PREFIX + name + " must be positive, not " + value);
        }
        return value;
    }
}
