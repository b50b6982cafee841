package dev.plugbay.domain.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user a request acts for, as the token describes them. An avatar that breaks
 * {@link AvatarUrl}'s rule is dropped here, so nothing downstream can store it.
 */
public record Caller(Username username, Set<Role> roles, Optional<String> avatar) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        avatar = AvatarUrl.usable(Objects.requireNonNull(avatar, "avatar"));
    }

    public static Caller user(String username) {
        return new Caller(new Username(username), Set.of(), Optional.empty());
    }

    public static Caller admin(String username) {
        return new Caller(new Username(username), Set.of(Role.ADMIN), Optional.empty());
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
