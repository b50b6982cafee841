package dev.plugbay.adapters.host.registry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code plugbay.registry.directory}: the local directory (or git checkout) holding a registry in
 * the Invenicum layout. Set, it replaces the GitHub registry; it must name an existing directory,
 * else the start stops naming the property.
 */
@Context
@Requires(property = DirectoryRegistrySettings.PROPERTY)
@ConfigurationProperties("plugbay.registry")
public record DirectoryRegistrySettings(Path directory) {

    public static final String PROPERTY = "plugbay.registry.directory";

    public DirectoryRegistrySettings {
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(PROPERTY + " must name an existing directory, not " + directory);
        }
    }
}
