package dev.plugbay.domain.manifest;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.Objects;

/**
 * A code plugin's entry file ({@code main}): a relative path that stays inside the plugin's
 * directory. Forward slashes only, no {@code .} or {@code ..} segment, no absolute or drive path.
 */
public record EntryPath(String value) {

    public static final EntryPath DEFAULT = new EntryPath("index.js");
    public static final int MAX_LENGTH = 255;

    public EntryPath {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidRequestException("An entry path must be 1 to " + MAX_LENGTH + " characters long");
        }
        if (value.startsWith("/") || value.contains("\\") || value.contains(":")) {
            throw new InvalidRequestException("An entry path must be relative to the plugin directory, using '/'");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("An entry path cannot contain control characters");
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidRequestException("An entry path cannot contain empty, '.' or '..' segments");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
