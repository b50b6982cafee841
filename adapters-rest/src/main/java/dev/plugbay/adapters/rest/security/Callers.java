package dev.plugbay.adapters.rest.security;

import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.application.port.out.identity.UserProfiles;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.user.Caller;
import dev.plugbay.domain.user.Role;
import dev.plugbay.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller a request acts for, from its verified token: the username from the subject claim, the
 * roles from {@code roles} (names Plugbay does not know are ignored), the avatar from {@code avatar}.
 * The author name is the {@code plugbay.identity.author-claim} claim when that is set; otherwise,
 * with a user profile service, the author name (and, without an {@code avatar} claim, the avatar)
 * of the caller's profile; otherwise the username. An author name that breaks the username rule
 * is none.
 */
@Singleton
public final class Callers {

    public static final String AVATAR_CLAIM = "avatar";

    private final IdentitySettings settings;
    private final Optional<ProfileCache> profiles;

    Callers(IdentitySettings settings, @Nullable UserProfiles profiles, Clock clock) {
        this.settings = settings;
        this.profiles = Optional.ofNullable(profiles).map(service -> new ProfileCache(service, clock));
    }

    /** For calls that need no author name: when the profile service cannot answer, the caller has none. */
    public Caller browsing(Authentication authentication) {
        try {
            return caller(authentication);
        } catch (UpstreamUnavailableException profileUnavailable) {
            return new Caller(subject(authentication), roles(authentication), avatarClaim(authentication), Optional.empty());
        }
    }

    /**
     * As {@link #browsing}, when knowing the caller waits on nothing: empty when it would need an
     * answer of the user profile service that is not kept yet.
     */
    public Optional<Caller> browsingWithoutWaiting(Authentication authentication) {
        if (settings.author().isEmpty() && profiles.isPresent()) {
            return profiles.get().kept(bearerToken(authentication)).map(profile -> withProfile(authentication, profile));
        }
        return Optional.of(caller(authentication));
    }

    /**
     * For creating, updating and deleting plugins.
     *
     * @throws UpstreamUnavailableException when the profile service that knows the author name cannot answer
     */
    public Caller authoring(Authentication authentication) {
        return caller(authentication);
    }

    private Caller caller(Authentication authentication) {
        Username subject = subject(authentication);
        Optional<String> avatar = avatarClaim(authentication);
        if (settings.author().isPresent()) {
            return new Caller(subject, roles(authentication), avatar,
                    TokenSubjects.username(authentication.getAttributes().get(settings.author().get())));
        }
        if (profiles.isPresent()) {
            return withProfile(authentication, profiles.get().profileOf(bearerToken(authentication), expiry(authentication)));
        }
        return new Caller(subject, roles(authentication), avatar);
    }

    private static Caller withProfile(Authentication authentication, UserProfile profile) {
        return new Caller(subject(authentication), roles(authentication), avatarClaim(authentication).or(profile::avatar),
                profile.authorName().flatMap(TokenSubjects::username));
    }

    private static String bearerToken(Authentication authentication) {
        return (String) authentication.getAttributes().get(CallerAuthenticationFactory.BEARER_TOKEN);
    }

    private static Username subject(Authentication authentication) {
        return new Username(authentication.getName());
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : authentication.getRoles()) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
        }
        return roles;
    }

    private static Optional<String> avatarClaim(Authentication authentication) {
        return Optional.ofNullable(authentication.getAttributes().get(AVATAR_CLAIM))
                .filter(String.class::isInstance).map(String.class::cast);
    }

    /** Every accepted token has an {@code exp} (StrictTokens requires it). */
    static Instant expiry(Authentication authentication) {
        return ((Date) authentication.getAttributes().get("exp")).toInstant();
    }
}
