package dev.plugbay.application.port.in.marketplace;

import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Path;

/**
 * The first steps of a one-click install (HOST.md "One-click install" steps 1 to 6): find the entry,
 * get its archive through the outbound guard with the archive limits (or from the jar for a bundled
 * entry), check its SHA-256, and extract it into a staging folder. Installing the staged plugin into
 * the plugins root and registering it is the host plugin manager's part.
 */
public interface StageMarketplacePluginUseCase {

    /**
     * @param staging an existing empty folder in the plugins root, which the caller owns: a failed
     *                extraction removes it, an earlier failure leaves it empty, and the caller removes
     *                it whenever the install does not complete
     * @throws dev.plugbay.domain.error.PluginNotFoundException no entry of that name in the current listing
     * @throws dev.plugbay.domain.error.UrlNotAllowedException the guard refused the download URL (400)
     * @throws dev.plugbay.domain.error.UpstreamUnavailableException the download failed, timed out,
     *         answered a redirect or a status other than 2xx (502)
     * @throws dev.plugbay.domain.error.PayloadTooLargeException the archive, or what it writes, is over a cap (413)
     * @throws dev.plugbay.domain.error.IntegrityMismatchException the archive does not match the entry's SHA-256
     * @throws dev.plugbay.domain.error.InvalidPackageException not a zip or gzip-compressed tar, corrupt or unsafe
     * @throws dev.plugbay.domain.error.InvalidManifestException no {@code plugin.json} where a plugin root can be
     */
    StagedMarketplacePlugin stage(PluginId name, Path staging);
}
