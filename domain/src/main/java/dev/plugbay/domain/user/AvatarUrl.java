package dev.plugbay.domain.user;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for an author's avatar, a picture every client shows beside the author's plugins: an
 * absolute {@code https:} URL naming a host, without credentials, whitespace or control
 * characters, of at most {@value #MAX_LENGTH} characters.
 */
public final class AvatarUrl {

    public static final int MAX_LENGTH = 2048;
    public static final String RULE = "must be an https URL with a host, of at most " + MAX_LENGTH + " characters";

    private AvatarUrl() {
    }

    public static boolean isUsable(String url) {
        if (url.isEmpty() || url.length() > MAX_LENGTH
                || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && uri.getRawAuthority() != null && uri.getRawUserInfo() == null
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    /** The avatar when it is usable; an unusable one is dropped, never kept. */
    public static Optional<String> usable(Optional<String> url) {
        return url.filter(AvatarUrl::isUsable);
    }
}
