package dev.plugbay.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.application.port.out.identity.UserProfiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The user profile service's answers, kept per bearer token until that token expires, for at most
 * {@value #MAX_TOKENS} tokens (the least recently used leave first). A failed call keeps nothing.
 */
final class ProfileCache {

    static final int MAX_TOKENS = 10_000;

    private final UserProfiles profiles;
    private final Clock clock;
    private final Cache<String, Entry> entries;

    ProfileCache(UserProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
        this.entries = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfter(new UntilTokenExpiry()).build();
    }

    /** @throws dev.plugbay.domain.error.UpstreamUnavailableException when the service cannot answer */
    UserProfile profileOf(String bearerToken, Instant tokenExpiry) {
        return entries.get(bearerToken, token -> new Entry(profiles.profileOf(token), tokenExpiry)).profile();
    }

    /** The answer kept for this token, if there is one: asks the service nothing. */
    Optional<UserProfile> kept(String bearerToken) {
        return Optional.ofNullable(entries.getIfPresent(bearerToken)).map(Entry::profile);
    }

    private record Entry(UserProfile profile, Instant expiresAt) {
    }

    private final class UntilTokenExpiry implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String token, Entry entry, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), entry.expiresAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
