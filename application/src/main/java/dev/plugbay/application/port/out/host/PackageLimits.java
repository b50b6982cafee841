package dev.plugbay.application.port.out.host;

/**
 * The caps on a plugin's files (HOST.md "Local install" step 4, "One-click install" steps 2 and 5):
 * the content, entry count and folder depth of a tree, and an archive's own size and how much it may
 * inflate. Every cap is checked on what is actually read or written, never on what a source declares.
 *
 * @param maxBytes        file content in all, in bytes ({@code plugbay.plugins.max-bytes})
 * @param maxFiles        entries of any kind ({@code plugbay.plugins.max-files})
 * @param maxDepth        folder levels ({@code plugbay.plugins.max-depth})
 * @param maxArchiveBytes size of a downloaded archive ({@code plugbay.plugins.max-archive-bytes})
 * @param maxRatio        written bytes per archive byte, checked once {@link #RATIO_FREE_BYTES} are
 *                        written ({@code plugbay.plugins.max-ratio})
 */
public record PackageLimits(long maxBytes, int maxFiles, int maxDepth, long maxArchiveBytes, int maxRatio) {

    /** The longest relative path, in UTF-8 bytes. */
    public static final int MAX_PATH_BYTES = 1024;

    /** Content written before the inflation ratio is checked, so that tiny archives of text pass. */
    public static final long RATIO_FREE_BYTES = 1024 * 1024;

    public static final PackageLimits DEFAULTS =
            new PackageLimits(100L * 1024 * 1024, 10_000, 32, 50L * 1024 * 1024, 100);

    public PackageLimits {
        requirePositive(maxBytes, "maxBytes");
        requirePositive(maxFiles, "maxFiles");
        requirePositive(maxDepth, "maxDepth");
        requirePositive(maxArchiveBytes, "maxArchiveBytes");
        requirePositive(maxRatio, "maxRatio");
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
