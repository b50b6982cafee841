package dev.plugbay.domain.plugin;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An SPDX-like license identifier or expression ({@code MIT}, {@code Apache-2.0},
 * {@code GPL-3.0-or-later}, {@code MIT OR Apache-2.0}): at most 64 characters.
 */
public record License(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*");
    public static final License MIT = new License("MIT");

    public License {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidRequestException("A license must be 1 to " + MAX_LENGTH + " characters long");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidRequestException("A license must be an SPDX identifier such as MIT or Apache-2.0");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
