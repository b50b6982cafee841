package dev.plugbay.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Mints the tokens that the server accepts: HS256 with {@code sub}, {@code iss} (unless the issuer
 * is empty), {@code iat}, {@code exp} and {@code roles}.
 */
public final class TokenIssuer {

    public static final String ROLES_CLAIM = "roles";

    private final JwtSigningKey key;
    private final String issuer;

    public TokenIssuer(JwtSigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * @param roles written as the {@code roles} claim unless empty
     * @param ttl   positive: {@code exp} is {@code issuedAt + ttl}
     */
    public String issue(String subject, List<String> roles, Instant issuedAt, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("The token lifetime must be positive");
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer.isEmpty() ? null : issuer)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)));
        if (!roles.isEmpty()) {
            claims.claim(ROLES_CLAIM, List.copyOf(roles));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
        return jwt.serialize();
    }
}
