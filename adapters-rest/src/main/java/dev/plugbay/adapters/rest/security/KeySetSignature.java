package dev.plugbay.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwksClient;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureUtils;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * RS256 and ES256 tokens of an OpenID Connect provider, verified against its key set
 * ({@code plugbay.jwt.jwks-url}) with micronaut-security-jwt's JWKS support: its {@link JwksClient}
 * reads the set, its {@link JwkValidator} checks a signature against the keys the token's header
 * matches. The set is kept for {@link #MAX_AGE}, and read again at once when a token names a key id
 * it does not hold (a rotated key), but at most once per {@code jwks-refresh-interval}, so that
 * tokens with made-up key ids cannot make Plugbay hammer the provider. A failed read keeps the last
 * set. No other algorithm is accepted here: a token whose header says HS256 is the shared secret's
 * business ({@link Hs256Signature}), so a public key can never serve as an HMAC secret.
 */
@Singleton
@Requires(property = "plugbay.jwt.jwks-url", pattern = ".+")
final class KeySetSignature implements SignatureConfiguration {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final String PROVIDER = "plugbay-oidc";
    private static final Logger LOG = LoggerFactory.getLogger(KeySetSignature.class);

    private final String url;
    private final Duration refreshInterval;
    private final JwksClient client;
    private final JwkValidator validator;
    private final Clock clock;
    private KeySet current = new KeySet(new JWKSet(), Instant.MIN);

    KeySetSignature(TokenVerificationSettings settings, JwksClient client, JwkValidator validator, Clock clock) {
        this.url = settings.jwksUrl().toString();
        this.refreshInterval = settings.jwksRefreshInterval();
        this.client = client;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only RS256 and ES256 are supported with the key set";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ALGORITHMS.contains(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm())
                && JwksSignatureUtils.verify(jwt, keysFor(jwt.getHeader().getKeyID()), validator);
    }

    /** The key set, read again when it is old, or when it lacks this key id and was not read just now. */
    private synchronized JWKSet keysFor(String keyId) {
        Instant now = clock.instant();
        boolean old = !now.isBefore(current.readAt().plus(MAX_AGE));
        boolean unknownKey = keyId != null && current.keys().getKeyByKeyId(keyId) == null
                && !now.isBefore(current.readAt().plus(refreshInterval));
        if (old || unknownKey) {
            try {
                String text = first(client.load(PROVIDER, url)).get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                current = new KeySet(text == null ? current.keys() : JWKSet.parse(text).toPublicJWKSet(), now);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                current = new KeySet(current.keys(), now);
            } catch (ParseException | ExecutionException | TimeoutException | RuntimeException unreadable) {
                LOG.warn("The key set at {} could not be read: {}", url, unreadable.getMessage());
                current = new KeySet(current.keys(), now);
            }
        }
        return current.keys();
    }

    /** The first item the publisher gives, or null when it gives none. */
    private static CompletableFuture<String> first(Publisher<String> publisher) {
        CompletableFuture<String> first = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(String item) {
                first.complete(item);
            }

            @Override
            public void onError(Throwable failure) {
                first.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                first.complete(null);
            }
        });
        return first;
    }

    private record KeySet(JWKSet keys, Instant readAt) {
    }
}
