package dev.plugbay.domain.plugin;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named place in the client app where a UI plugin renders. The record checks the name's form;
 * {@link SlotCatalog} decides which slots exist.
 */
public record Slot(String name) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Slot {
        Objects.requireNonNull(name, "name");
        if (!isWellFormed(name)) {
            throw new InvalidRequestException(
                    "A slot name must start with a lower-case letter and hold at most 64 of [a-z0-9_]");
        }
    }

    public static boolean isWellFormed(String name) {
        return FORMAT.matcher(name).matches();
    }

    @Override
    public String toString() {
        return name;
    }
}
