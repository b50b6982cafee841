package dev.plugbay.application.port.in.marketplace;

import dev.plugbay.domain.host.marketplace.MarketplaceEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A marketplace plugin's archive, downloaded (or read from the jar), checked against the entry's
 * SHA-256 and extracted into staging (HOST.md "One-click install" steps 1 to 6). What is left is
 * step 7, {@link MarketplaceEntry#admit}, on the manifest at {@code root}, and then the local install
 * steps 3 and 5 to 7 with source {@code marketplace}.
 *
 * @param entry          the listed entry that was installed from
 * @param root           the plugin root inside the staging folder (the folder itself or its only subfolder)
 * @param sha256Verified whether the archive was checked against the entry's SHA-256
 * @param warnings       for the install's answer, such as {@code archive not verified: no sha256 in the entry}
 */
public record StagedMarketplacePlugin(MarketplaceEntry entry, Path root, boolean sha256Verified, List<String> warnings) {

    public StagedMarketplacePlugin {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(root, "root");
        warnings = List.copyOf(warnings);
    }
}
