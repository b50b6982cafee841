package dev.plugbay.application.port.out.host;

import java.nio.file.Path;

/**
 * Unpacks plugin archives (HOST.md "One-click install" steps 4 to 6): a zip or a gzip-compressed tar,
 * told apart by its leading bytes and extracted under Plugbay's rules, whatever the archive declares.
 */
public interface PluginArchives {

    /**
     * Extracts {@code archive} into {@code staging}, an existing empty folder, and returns the plugin
     * root inside it: {@code staging} itself when the archive's top level holds {@code plugin.json},
     * else the archive's only top-level entry when that is a folder holding one. Files get mode 644,
     * or 755 when executable by their owner in the archive; folders 755. On any failure the staging
     * folder is removed, so nothing is left behind.
     *
     * @throws dev.plugbay.domain.error.InvalidPackageException not a zip or a gzip-compressed tar, a
     *         corrupt archive, or an unsafe entry: an absolute name, a backslash, a drive letter, NUL or
     *         another control character, a {@code ..} segment, a link, device, fifo or encrypted entry,
     *         two entries with one normalized name, a file where a folder is needed
     * @throws dev.plugbay.domain.error.PayloadTooLargeException the archive, or what it writes, crosses a
     *         cap of {@code limits}, counted on the bytes actually written
     * @throws dev.plugbay.domain.error.InvalidManifestException no {@code plugin.json} where a plugin root can be
     * @throws IllegalArgumentException {@code staging} is not an existing empty folder (left untouched)
     */
    Path extract(byte[] archive, Path staging, PackageLimits limits);
}
