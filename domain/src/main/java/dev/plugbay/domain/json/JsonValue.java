package dev.plugbay.domain.json;

/**
 * The domain's own JSON model, so that the core can validate manifests, STAC trees and config
 * values without a JSON library. Adapters convert their parser's tree to and from it.
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
}
