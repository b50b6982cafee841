package dev.plugbay.bootstrap.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.contracts.testing.RawHttp;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;

/** What every refusal must look like on the wire, whoever in the server produced it. */
public final class ErrorModelAnswers {

    /** Far more than any message needs, far less than an answer that echoes hostile input. */
    public static final int MAX_ERROR_BODY_BYTES = 16 * 1024;

    private ErrorModelAnswers() {
    }

    /** The status, the code, a JSON error body of bounded size with a sentence in it, and nosniff. */
    public static void assertRefused(RawHttp.Answer answer, int status, String code, String what) {
        assertEquals(status, answer.status(), what + ": " + answer);
        assertTrue(answer.bodyBytes() < MAX_ERROR_BODY_BYTES, what + ": a body of " + answer.bodyBytes() + " bytes");
        assertTrue(answer.headers().getOrDefault("content-type", "").startsWith("application/json"), what + ": " + answer.headers());
        assertEquals("nosniff", answer.headers().get("x-content-type-options"), what + ": " + answer.headers());
        JsonValue body = JsonReader.parse(answer.body());
        assertTrue(body instanceof JsonObject, what + ": " + answer.body());
        JsonObject error = (JsonObject) body;
        assertEquals("false", error.get("success").map(JsonValue::toJson).orElse(""), what + ": " + answer.body());
        assertEquals(new JsonString(code), error.get("error").orElse(null), what + ": " + answer.body());
        assertFalse(error.get("message").filter(JsonString.class::isInstance).map(message -> ((JsonString) message).value())
                .orElse("").isBlank(), what + ": " + answer.body());
    }
}
