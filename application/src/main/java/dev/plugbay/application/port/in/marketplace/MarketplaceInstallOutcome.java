package dev.plugbay.application.port.in.marketplace;

import dev.plugbay.application.port.in.host.InstallOutcome;
import java.util.Objects;

/**
 * A one-click install that succeeded: what a local install answers, plus whether the archive was
 * checked against the entry's SHA-256.
 */
public record MarketplaceInstallOutcome(InstallOutcome install, boolean sha256Verified) {

    public MarketplaceInstallOutcome {
        Objects.requireNonNull(install, "install");
    }
}
