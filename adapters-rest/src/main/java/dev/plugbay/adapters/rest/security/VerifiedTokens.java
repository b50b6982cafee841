package dev.plugbay.adapters.rest.security;

import dev.plugbay.adapters.rest.configuration.BlockingScheduler;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The one validator of bearer tokens. A token is verified by the framework's JWT validator (its
 * form by {@link StrictJwtParser}, its signature, then every claim validator), on the blocking
 * executor because checking a signature may read the provider's key set; a token that passes is
 * remembered with its authentication until it expires, and for at most {@link #LONGEST_KEPT} (as
 * long as a key set is kept, so a key the provider withdrew stops being trusted as it would
 * without this memory), for at most {@value #MAX_TOKENS} tokens. A client that sends the same token
 * with every request pays for its verification once, and its requests never leave the event loop
 * for it. A token that fails is never remembered.
 */
@Singleton
public final class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    static final int MAX_TOKENS = 10_000;
    static final Duration LONGEST_KEPT = KeySetSignature.MAX_AGE;

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
    private final JwtAuthenticationFactory authentications;
    private final Clock clock;
    private final Scheduler blocking;
    private final Cache<String, Verified> verified;

    VerifiedTokens(JsonWebTokenValidator<JWT, HttpRequest<?>> validator, JwtAuthenticationFactory authentications,
            Clock clock, BlockingScheduler blocking) {
        this.validator = validator;
        this.authentications = authentications;
        this.clock = clock;
        this.blocking = blocking.scheduler();
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(LONGEST_KEPT).build();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Optional<Authentication> kept = kept(token);
        if (kept.isPresent()) {
            return Mono.just(kept.get());
        }
        return Mono.fromCallable(() -> verify(token, request).orElse(null)).subscribeOn(blocking);
    }

    /** The authentication of a token verified earlier and still valid: empty for any other token. */
    public Optional<Authentication> kept(String token) {
        Verified kept = verified.getIfPresent(token);
        return kept != null && clock.instant().isBefore(kept.until()) ? Optional.of(kept.authentication()) : Optional.empty();
    }

    private Optional<Authentication> verify(String token, HttpRequest<?> request) {
        Optional<Authentication> authentication = validator.validate(token, request)
                .flatMap(authentications::createAuthentication);
        authentication.ifPresent(valid -> verified.put(token, new Verified(valid, until(valid))));
        return authentication;
    }

    private Instant until(Authentication authentication) {
        Instant expiry = Callers.expiry(authentication);
        Instant longest = clock.instant().plus(LONGEST_KEPT);
        return expiry.isBefore(longest) ? expiry : longest;
    }

    private record Verified(Authentication authentication, Instant until) {
    }
}
