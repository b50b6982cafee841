package dev.plugbay.domain.user;

import dev.plugbay.domain.error.InvalidRequestException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's name: the token subject, for authors their GitHub login (1–39 alphanumerics and single
 * hyphens, not at either end). Equality ignores case, as GitHub logins do; the spelling is kept.
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 39;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    public Username {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidRequestException("A username must be 1 to " + MAX_LENGTH + " characters long");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidRequestException(
                    "A username may contain only letters, digits and single hyphens, and cannot start or end with a hyphen");
        }
    }

    /** The case-folded form under which two usernames are the same user. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Username that && canonical().equals(that.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
