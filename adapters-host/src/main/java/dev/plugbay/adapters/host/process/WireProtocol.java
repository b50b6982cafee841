package dev.plugbay.adapters.host.process;

import dev.plugbay.application.port.out.host.CallResult;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.json.JsonArray;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.manifest.Priority;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Version 1 of the wire protocol (RUNTIME.md "Wire protocol"): one JSON object per line, calls to
 * the child on its stdin, {@code ready} and results from it on its stdout.
 */
final class WireProtocol {

    /** No protocol line is longer: a longer one from a child is never parsed, a longer call never sent. */
    static final int MAX_LINE_BYTES = 1024 * 1024;
    /** Deeper than the HTTP limit, so that an answer wrapping a request's deepest value still reads. */
    private static final int MAX_DEPTH = 256;

    private WireProtocol() {
    }

    /** What one stdout line says. */
    sealed interface Message {
    }

    record Ready(Set<Hook> hooks, List<String> unknownHooks, OptionalInt priority) implements Message {
    }

    record MalformedReady(String problem) implements Message {
    }

    record Result(long id, CallResult answer) implements Message {
    }

    record MalformedResult(String problem) implements Message {
    }

    /** Not a protocol message: a line for the log. */
    record Other() implements Message {
    }

    /** The call line, newline included, or empty when it would exceed {@link #MAX_LINE_BYTES}. */
    static Optional<byte[]> call(long id, Hook hook, String payloadJson) {
        String line = "{\"type\":\"call\",\"id\":" + id + ",\"hook\":\"" + hook.wireName() + "\",\"payload\":" + payloadJson + "}";
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        return bytes.length - 1 > MAX_LINE_BYTES ? Optional.empty() : Optional.of(bytes);
    }

    static Message read(String line) {
        JsonValue value;
        try {
            value = JsonReader.parse(line, MAX_DEPTH);
        } catch (DomainException notJson) {
            return new Other();
        }
        if (!(value instanceof JsonObject message) || !(message.get("type").orElse(null) instanceof JsonString type)) {
            return new Other();
        }
        return switch (type.value()) {
            case "ready" -> ready(message);
            case "result" -> result(message);
            default -> new Other();
        };
    }

    private static Message ready(JsonObject message) {
        if (!(message.get("hooks").orElse(null) instanceof JsonArray names)) {
            return new MalformedReady("hooks must be an array of strings");
        }
        Set<Hook> hooks = EnumSet.noneOf(Hook.class);
        List<String> unknown = new ArrayList<>();
        for (JsonValue name : names.elements()) {
            if (!(name instanceof JsonString text)) {
                return new MalformedReady("hooks must be an array of strings");
            }
            Hook.fromWireName(text.value()).ifPresentOrElse(hooks::add, () -> unknown.add(text.value()));
        }
        JsonValue priority = message.get("priority").orElse(JsonNull.INSTANCE);
        if (priority == JsonNull.INSTANCE) {
            return new Ready(hooks, unknown, OptionalInt.empty());
        }
        if (!(priority instanceof JsonNumber number)) {
            return new MalformedReady("priority must be a number");
        }
        try {
            return new Ready(hooks, unknown, OptionalInt.of(Priority.of(number.value()).value()));
        } catch (DomainException outOfRange) {
            return new MalformedReady(outOfRange.getMessage());
        }
    }

    private static Message result(JsonObject message) {
        Optional<Long> id = message.get("id").flatMap(WireProtocol::positiveId);
        if (id.isEmpty()) {
            return new MalformedResult("a result without a positive integer id was dropped: " + message.get("id").map(JsonValue::toJson).orElse("no id"));
        }
        JsonValue error = message.get("error").orElse(JsonNull.INSTANCE);
        if (error != JsonNull.INSTANCE) {
            return new Result(id.get(), new CallResult.Failed(error instanceof JsonString text ? text.value() : error.toJson()));
        }
        return new Result(id.get(), new CallResult.Answered(message.get("result").orElse(JsonNull.INSTANCE)));
    }

    private static Optional<Long> positiveId(JsonValue id) {
        if (!(id instanceof JsonNumber number) || number.value().signum() <= 0
                || number.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.value().longValueExact());
        } catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }
}
