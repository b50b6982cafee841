package dev.plugbay.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import java.nio.charset.StandardCharsets;

/** The HS256 key: the UTF-8 bytes of the secret, at least 256 bits as RFC 7518 requires. */
public final class JwtSigningKey {

    public static final int MIN_BYTES = 32;

    private final byte[] key;

    private JwtSigningKey(byte[] key) {
        this.key = key;
    }

    /**
     * @param secret the secret text
     * @param origin where the secret came from, named in the error message
     * @throws IllegalStateException when the secret is shorter than {@value #MIN_BYTES} bytes
     */
    public static JwtSigningKey fromSecret(String secret, String origin) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException(origin + " is " + key.length + " bytes long; an HS256 secret needs at least "
                    + MIN_BYTES + " bytes (256 bits). Configure a longer secret, or remove it to let Plugbay generate one.");
        }
        return new JwtSigningKey(key);
    }

    JWSSigner signer() {
        try {
            return new MACSigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key was rejected", e);
        }
    }

    JWSVerifier verifier() {
        try {
            return new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key was rejected", e);
        }
    }
}
