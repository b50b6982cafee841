package dev.plugbay.adapters.rest.security;

import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Role;
import dev.plugbay.domain.user.Username;
import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller a request acts for, from its verified token: the username from {@code sub}, the
 * roles from {@code roles} (names Plugbay does not know are ignored), the avatar from {@code avatar}.
 */
public final class Callers {

    public static final String AVATAR_CLAIM = "avatar";

    private Callers() {
    }

    public static Caller from(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : authentication.getRoles()) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
        }
        Optional<String> avatar = Optional.ofNullable(authentication.getAttributes().get(AVATAR_CLAIM))
                .filter(String.class::isInstance).map(String.class::cast);
        return new Caller(new Username(authentication.getName()), roles, avatar);
    }
}
