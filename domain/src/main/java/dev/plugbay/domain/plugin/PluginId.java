package dev.plugbay.domain.plugin;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A plugin's identifier: 1–100 characters of {@code [a-z0-9_-]}, starting with a letter or digit. */
public record PluginId(String value) implements Comparable<PluginId> {

    public static final int MAX_LENGTH = 100;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public PluginId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidRequestException("A plugin id must be 1 to " + MAX_LENGTH + " characters long");
        }
        if (!isValid(value)) {
            throw new InvalidRequestException(
                    "A plugin id may contain only lower-case letters, digits, '_' and '-', and must start with a letter or digit");
        }
    }

    /** Whether {@code value} is a plugin id, without building one. */
    public static boolean isValid(String value) {
        return !value.isEmpty() && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(PluginId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
