package dev.plugbay.domain.user;

import dev.plugbay.domain.error.PermissionDeniedException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user a request acts for, as the token describes them: the {@code username}
 * (the token's subject, who owns installations) and the {@code author} name (who authors plugins;
 * absent for a user who has not linked one). An avatar that breaks {@link AvatarUrl}'s rule is
 * dropped here, so nothing downstream can store it.
 */
public record Caller(Username username, Set<Role> roles, Optional<String> avatar, Optional<Username> author) {

    public static final String AUTHOR_REQUIRED = "A GitHub account must be linked to your user to create, update or"
            + " delete plugins";

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        avatar = AvatarUrl.usable(Objects.requireNonNull(avatar, "avatar"));
        Objects.requireNonNull(author, "author");
    }

    /** A caller whose author name is their username. */
    public Caller(Username username, Set<Role> roles, Optional<String> avatar) {
        this(username, roles, avatar, Optional.of(username));
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

    /** The name a manifest being checked (not published) is shown under: the author name, else the username. */
    public Username shownAuthor() {
        return author.orElse(username);
    }

    /** The author name, which creating, updating and deleting plugins need. */
    public Username requireAuthor() {
        return author.orElseThrow(() -> new PermissionDeniedException(AUTHOR_REQUIRED));
    }
}
