package dev.plugbay.domain.json;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant with the name it has in JSON documents and query parameters. */
public interface WireNamed {

    String wireName();

    static <E extends Enum<E> & WireNamed> Optional<E> fromWireName(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.wireName().equals(name)).findFirst();
    }

    static <E extends Enum<E> & WireNamed> String wireNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).collect(Collectors.joining(", "));
    }
}
