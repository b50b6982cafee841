package dev.plugbay.adapters.rest.security;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What a bearer token must look like before its signature and claims are trusted, beyond what the
 * JWT library checks. Each token has exactly one spelling and its claims one meaning:
 * <ul>
 * <li>three segments of canonical unpadded base64url (RFC 7515 §2): no {@code =} padding, no
 *     {@code +} or {@code /}, no whitespace, no stray bits in the last character;</li>
 * <li>a header and a payload that are strict JSON objects (no duplicate member, valid UTF-8);</li>
 * <li>{@code exp} present, and {@code exp}, {@code nbf}, {@code iat} NumericDates between 1970 and
 *     the end of year 9999, so that converting them to milliseconds cannot overflow;</li>
 * <li>{@code iat} not more than {@link #CLOCK_SKEW} in the future;</li>
 * <li>{@code roles}, when present, an array of strings: any other type grants nothing and is refused.</li>
 * </ul>
 * Whether the token has expired or is not yet valid is then decided by the framework's claim
 * validators, on values this class has bounded.
 */
final class StrictTokens {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** 9999-12-31T23:59:59Z: far beyond any real token, far below a {@code long} of milliseconds. */
    static final BigDecimal LATEST_TIME = BigDecimal.valueOf(253_402_300_799L);

    private StrictTokens() {
    }

    /** Why the token is refused, or empty when it has the required form. */
    static Optional<String> problem(String token, Instant now) {
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return Optional.of("a token has three segments, not " + segments.length);
        }
        for (String segment : segments) {
            if (!isCanonicalBase64Url(segment)) {
                return Optional.of("a segment is not canonical unpadded base64url");
            }
        }
        Optional<JsonObject> header = jsonObject(segments[0]);
        Optional<JsonObject> payload = jsonObject(segments[1]);
        if (header.isEmpty() || payload.isEmpty()) {
            return Optional.of("the header and the payload must be JSON objects");
        }
        return claimsProblem(payload.get(), now);
    }

    private static Optional<String> claimsProblem(JsonObject claims, Instant now) {
        if (claims.get("exp").isEmpty()) {
            return Optional.of("exp is required");
        }
        for (String name : List.of("exp", "nbf", "iat")) {
            Optional<JsonValue> time = claims.get(name);
            if (time.isPresent() && !isNumericDate(time.get())) {
                return Optional.of(name + " must be a time in seconds between 1970 and 9999");
            }
        }
        Optional<BigDecimal> issuedAt = claims.get("iat").map(iat -> ((JsonNumber) iat).value());
        if (issuedAt.isPresent() && issuedAt.get().compareTo(BigDecimal.valueOf(now.plus(CLOCK_SKEW).getEpochSecond())) > 0) {
            return Optional.of("iat is in the future");
        }
        Optional<JsonValue> roles = claims.get(TokenIssuer.ROLES_CLAIM);
        if (roles.isPresent() && !(roles.get() instanceof JsonArray array
                && array.elements().stream().allMatch(JsonString.class::isInstance))) {
            return Optional.of("roles must be an array of strings");
        }
        return Optional.empty();
    }

    private static boolean isNumericDate(JsonValue value) {
        return value instanceof JsonNumber number
                && number.value().signum() >= 0 && number.value().compareTo(LATEST_TIME) <= 0;
    }

    /** Re-encoding the decoded bytes gives the same text back: the only spelling of those bytes. */
    private static boolean isCanonicalBase64Url(String segment) {
        if (segment.isEmpty() || segment.length() % 4 == 1
                || !segment.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                        || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            return false;
        }
        byte[] bytes = Base64.getUrlDecoder().decode(segment);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(segment);
    }

    private static Optional<JsonObject> jsonObject(String segment) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(segment))).toString();
            return JsonReader.parse(text) instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (CharacterCodingException | DomainException notJson) {
            return Optional.empty();
        }
    }
}
