package dev.plugbay.domain.json;

import java.nio.charset.StandardCharsets;

/**
 * The domain's own JSON model, so that the core can validate manifests, STAC trees and config
 * values without a JSON library. Adapters read JSON text into it with {@link JsonReader} and write
 * it with {@link #toJson()}; no other parser's tree reaches the core.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The JSON type name used in messages: object, array, string, number, boolean or null. */
    String typeName();

    /** Compact RFC 8259 text of this value; object members keep their order. */
    default String toJson() {
        StringBuilder out = new StringBuilder();
        JsonWriter.write(this, out);
        return out.toString();
    }

    /**
     * Whether {@link #toJson()} takes at most {@code maxBytes} bytes in UTF-8. The work is bounded
     * by {@code maxBytes}, not by the size of this value: writing stops once the text is too long.
     */
    default boolean serializesWithin(int maxBytes) {
        StringBuilder out = new StringBuilder();
        JsonWriter.write(this, out, maxBytes);
        // Every character takes at least one byte, so a text cut short past maxBytes characters is too large.
        return out.length() <= maxBytes && out.toString().getBytes(StandardCharsets.UTF_8).length <= maxBytes;
    }
}
