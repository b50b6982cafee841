package dev.plugbay.bootstrap.hostile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that are correctly signed with the server's HS256 secret and still must be refused: claims
 * out of range or of the wrong type, and other spellings of a valid token. Each is written byte for
 * byte, since a JWT library would not produce most of them.
 */
public final class HostileTokens {

    private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String secret;
    private final String issuer;
    private final Instant now;

    /**
     * @param secret the server's {@code plugbay.jwt.secret}
     * @param issuer the server's {@code plugbay.jwt.issuer}
     */
    public HostileTokens(String secret, String issuer, Instant now) {
        this.secret = secret;
        this.issuer = issuer;
        this.now = now;
    }

    /** A named token. */
    public record Token(String name, String value) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every token the server must answer with 401 {@code UNAUTHORIZED}. */
    public List<Token> refused() {
        long exp = now.getEpochSecond() + 300;
        List<Token> tokens = new ArrayList<>(List.of(
                token("exp that overflows to the far future in milliseconds", claims("\"exp\":-9223372036854776")),
                token("nbf that overflows to the far past in milliseconds",
                        claims("\"exp\":" + exp + ",\"nbf\":9223372036854776")),
                token("exp after the year 9999", claims("\"exp\":253402300800")),
                token("exp as a string", claims("\"exp\":\"" + exp + "\"")),
                token("exp as a fraction out of range", claims("\"exp\":1e300")),
                token("no exp", claims("\"iat\":" + now.getEpochSecond())),
                token("iat two minutes in the future", claims("\"exp\":" + exp + ",\"iat\":" + (now.getEpochSecond() + 120))),
                token("iat out of range", claims("\"exp\":" + exp + ",\"iat\":9223372036854776")),
                token("negative nbf", claims("\"exp\":" + exp + ",\"nbf\":-1")),
                token("roles as a plain string", claims("\"exp\":" + exp + ",\"roles\":\"ADMIN\"")),
                token("roles holding a number", claims("\"exp\":" + exp + ",\"roles\":[\"ADMIN\",1]")),
                token("roles as an object", claims("\"exp\":" + exp + ",\"roles\":{\"ADMIN\":true}")),
                token("roles null", claims("\"exp\":" + exp + ",\"roles\":null")),
                token("exp given twice", claims("\"exp\":" + exp + ",\"exp\":9999999999")),
                token("payload padded with =", signed(encoded(HEADER), padded(claims("\"exp\":" + exp)))),
                token("header padded with =", signed(padded(HEADER), encoded(claims("\"exp\":" + exp)))),
                token("signature padded with =", respelledSignature(signature -> signature + "=")),
                token("signature with a tab inside", respelledSignature(signature -> signature.substring(0, 20) + "\t"
                        + signature.substring(20))),
                token("signature with other spare bits", respelledSignature(HostileTokens::otherSpareBits)),
                token("payload that is not UTF-8", signed(encoded(HEADER),
                        BASE64URL.encodeToString(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'})))));
        tokens.add(token("signature in the +/ alphabet", standardAlphabetSignature()));
        return tokens;
    }

    /** Tokens at the edges of the rules that the server accepts, for the plain user {@code subject}. */
    public List<Token> accepted(String subject) {
        long exp = now.getEpochSecond() + 300;
        return List.of(
                token("iat 30 seconds ahead, within the skew", claims(subject, "\"exp\":" + exp + ",\"iat\":" + (now.getEpochSecond() + 30))),
                token("roles as an array of strings", claims(subject, "\"exp\":" + exp + ",\"roles\":[\"USER\"]")),
                token("fractional exp", claims(subject, "\"exp\":" + exp + ".5")));
    }

    private Token token(String name, String claimsOrToken) {
        return new Token(name, claimsOrToken.startsWith("{") ? signed(encoded(HEADER), encoded(claimsOrToken)) : claimsOrToken);
    }

    private String claims(String members) {
        return claims("alice", members);
    }

    private String claims(String subject, String members) {
        return "{\"sub\":\"" + subject + "\",\"iss\":\"" + issuer + "\"," + members + "}";
    }

    /** A valid token whose signature segment is spelled differently. */
    private String respelledSignature(UnaryOperator<String> respelling) {
        String valid = signed(encoded(HEADER), encoded(claims("\"exp\":" + (now.getEpochSecond() + 300))));
        int lastDot = valid.lastIndexOf('.');
        return valid.substring(0, lastDot + 1) + respelling.apply(valid.substring(lastDot + 1));
    }

    /** A valid token spelled in the standard alphabet: one whose signature holds a {@code -} or {@code _}. */
    private String standardAlphabetSignature() {
        for (int jti = 0; ; jti++) {
            String valid = signed(encoded(HEADER), encoded(claims("\"exp\":" + (now.getEpochSecond() + 300) + ",\"jti\":\"" + jti + "\"")));
            String signature = valid.substring(valid.lastIndexOf('.') + 1);
            if (signature.indexOf('-') >= 0 || signature.indexOf('_') >= 0) {
                return valid.substring(0, valid.lastIndexOf('.') + 1) + signature.replace('-', '+').replace('_', '/');
            }
        }
    }

    /** The same 32 bytes: the last of 43 characters carries 4 bits of data and 2 spare ones, here set. */
    private static String otherSpareBits(String signature) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(signature.charAt(signature.length() - 1));
        return signature.substring(0, signature.length() - 1) + alphabet.charAt(last | 1);
    }

    private static String encoded(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String padded(String json) {
        String padded = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return padded.endsWith("=") ? padded : padded(json + " ");
    }

    /** {@code header.payload.signature}, the HMAC taken over the two segments exactly as spelled. */
    private String signed(String header, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + BASE64URL.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
