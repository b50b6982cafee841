package dev.plugbay.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * The only signature the server accepts: HS256 with the Plugbay key. Its presence also stops the
 * framework from accepting unsigned ({@code alg: none}) tokens, which it does when no signature is configured.
 */
@Singleton
final class Hs256Signature implements SignatureConfiguration {

    private final JwtSigningKey key;

    Hs256Signature(JwtSigningKey key) {
        this.key = key;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(key.verifier());
    }
}
