package dev.plugbay.adapters.github.registry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;

/**
 * The {@code plugbay.registry} settings this adapter reads: the registry repository ({@code owner/name};
 * none or blank disables mirroring and publishing), its branch, and how many plugin files are fetched
 * at once. {@link GitHubSettings} checks them when Plugbay starts.
 */
@ConfigurationProperties("plugbay.registry")
public record RegistrySettings(
        @Nullable String repository,
        @Bindable(defaultValue = "main") String branch,
        @Bindable(defaultValue = "4") int parallelism) {

    public RegistrySettings {
        RegistryLocation.requireSafeBranch(branch.trim());
    }

    /** The configured registry, checked, if one is. */
    public Optional<RegistryLocation> location() {
        return Optional.ofNullable(repository).filter(name -> !name.isBlank()).map(name -> RegistryLocation.of(name, branch));
    }
}
