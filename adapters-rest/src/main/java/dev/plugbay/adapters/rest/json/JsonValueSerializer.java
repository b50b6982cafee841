package dev.plugbay.adapters.rest.json;

import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonBoolean;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/**
 * Writes the domain's JSON values (a plugin's {@code ui}, for one) into a response as the JSON they
 * are, member order and number text kept, so that a document round-trips unchanged.
 */
@Singleton
final class JsonValueSerializer implements Serializer<JsonValue> {

    private static final Argument<JsonValue> VALUE = Argument.of(JsonValue.class);

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends JsonValue> type, JsonValue value)
            throws IOException {
        write(encoder, value);
    }

    private static void write(Encoder encoder, JsonValue value) throws IOException {
        if (value instanceof JsonObject object) {
            Encoder members = encoder.encodeObject(VALUE);
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                members.encodeKey(member.getKey());
                write(members, member.getValue());
            }
            members.finishStructure();
        } else if (value instanceof JsonArray array) {
            Encoder elements = encoder.encodeArray(VALUE);
            for (JsonValue element : array.elements()) {
                write(elements, element);
            }
            elements.finishStructure();
        } else if (value instanceof JsonString string) {
            encoder.encodeString(string.value());
        } else if (value instanceof JsonNumber number) {
            encoder.encodeBigDecimal(number.value());
        } else if (value instanceof JsonBoolean bool) {
            encoder.encodeBoolean(bool.value());
        } else {
            encoder.encodeNull();
        }
    }
}
