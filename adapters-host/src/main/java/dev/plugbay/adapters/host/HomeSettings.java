package dev.plugbay.adapters.host;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/**
 * {@code plugbay.home}, the data directory, as the host adapter uses it: host plugins live in
 * {@code <home>/plugins}, their data folders in {@code <home>/plugin-data}, the runtime's host script in
 * {@code <home>/runtime} and the sandbox probe's scratch files in {@code <home>/runtime/probe}. A blank
 * value stops the start.
 */
@ConfigurationProperties("plugbay")
public record HomeSettings(String home) {

    public HomeSettings {
        if (home == null || home.isBlank()) {
            throw new IllegalArgumentException("plugbay.home must name Plugbay's data directory");
        }
    }

    public Path path() {
        return Path.of(home).toAbsolutePath().normalize();
    }
}
