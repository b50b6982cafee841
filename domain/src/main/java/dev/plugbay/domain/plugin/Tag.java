package dev.plugbay.domain.plugin;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A catalog tag: 1–32 characters of {@code [a-z0-9-]}, starting with a letter or digit. */
public record Tag(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public Tag {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidRequestException(
                    "A tag must be 1 to 32 of lower-case letters, digits and '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
