package dev.plugbay.adapters.host;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code plugbay.home}, the data directory, as the host adapter uses it: host plugins live in
 * {@code <home>/plugins}, their data folders in {@code <home>/plugin-data}, the runtime's host script in
 * {@code <home>/runtime} and the sandbox probe's scratch files in {@code <home>/runtime/probe}. The
 * directory is made if it is missing; a blank value, or a directory Plugbay cannot make or write,
 * stops the start naming the setting. Checked first as the application starts, before the JWT secret,
 * the host id and the database, which other modules keep there too, fail on it with their own file.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConfigurationProperties("plugbay")
public record HomeSettings(String home) {

    public HomeSettings {
        if (home == null || home.isBlank()) {
            throw new IllegalArgumentException("plugbay.home must name Plugbay's data directory");
        }
        requireWritableDirectory(home);
    }

    private static void requireWritableDirectory(String home) {
        String problem;
        try {
            Path directory = Files.createDirectories(Path.of(home).toAbsolutePath().normalize());
            problem = Files.isWritable(directory) ? null : "it cannot be written to";
        } catch (IOException | InvalidPathException refused) {
            problem = "it cannot be made: " + refused.getMessage();
        }
        if (problem != null) {
            throw new IllegalArgumentException("plugbay.home = '" + home + "': Plugbay's data directory, but " + problem);
        }
    }

    public Path path() {
        return Path.of(home).toAbsolutePath().normalize();
    }
}
