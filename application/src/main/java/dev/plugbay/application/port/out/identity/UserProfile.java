package dev.plugbay.application.port.out.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What a user's profile says, as given: the author name (their GitHub login, absent until they
 * link one) and the avatar URL. Neither is checked here: the caller's rules apply them.
 */
public record UserProfile(Optional<String> authorName, Optional<String> avatar) {

    public static final UserProfile EMPTY = new UserProfile(Optional.empty(), Optional.empty());

    public UserProfile {
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(avatar, "avatar");
    }
}
