package dev.plugbay.domain.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.user.Username;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every identifier rule of DOMAIN.md at its boundary: valid at N, rejected at N+1 or off-format. */
class IdentifiersTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "a"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "reloj_digital"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "request-logger"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "0day"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "a".repeat(100)),
                Arguments.of("username", (Function<String, ?>) Username::new, "a"),
                Arguments.of("username", (Function<String, ?>) Username::new, "octo-dev"),
                Arguments.of("username", (Function<String, ?>) Username::new, "Octo-Dev-2"),
                Arguments.of("username", (Function<String, ?>) Username::new, "a".repeat(39)),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "a"),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "dashboard_top"),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "a" + "b".repeat(63)),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "a"),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "weather-alerts"),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "9lives"),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "a".repeat(32)),
                Arguments.of("license", (Function<String, ?>) License::new, "MIT"),
                Arguments.of("license", (Function<String, ?>) License::new, "Apache-2.0"),
                Arguments.of("license", (Function<String, ?>) License::new, "GPL-3.0-or-later"),
                Arguments.of("license", (Function<String, ?>) License::new, "MIT OR Apache-2.0"),
                Arguments.of("license", (Function<String, ?>) License::new, "L".repeat(64)),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "index.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "dist/main.mjs"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "a/..b/c.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "x".repeat(255)));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, ""),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "a".repeat(101)),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "Foo"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "_lead"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "-lead"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "has space"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "dot.ted"),
                Arguments.of("plugin id", (Function<String, ?>) PluginId::new, "ñandu"),
                Arguments.of("username", (Function<String, ?>) Username::new, ""),
                Arguments.of("username", (Function<String, ?>) Username::new, "a".repeat(40)),
                Arguments.of("username", (Function<String, ?>) Username::new, "-lead"),
                Arguments.of("username", (Function<String, ?>) Username::new, "trail-"),
                Arguments.of("username", (Function<String, ?>) Username::new, "double--hyphen"),
                Arguments.of("username", (Function<String, ?>) Username::new, "under_score"),
                Arguments.of("slot", (Function<String, ?>) Slot::new, ""),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "a" + "b".repeat(64)),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "1slot"),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "Dashboard"),
                Arguments.of("slot", (Function<String, ?>) Slot::new, "dash-board"),
                Arguments.of("tag", (Function<String, ?>) Tag::new, ""),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "a".repeat(33)),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "-lead"),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "Upper"),
                Arguments.of("tag", (Function<String, ?>) Tag::new, "under_score"),
                Arguments.of("license", (Function<String, ?>) License::new, ""),
                Arguments.of("license", (Function<String, ?>) License::new, "L".repeat(65)),
                Arguments.of("license", (Function<String, ?>) License::new, "MIT; rm -rf"),
                Arguments.of("license", (Function<String, ?>) License::new, " MIT"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, ""),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "x".repeat(256)),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "/etc/passwd"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "../outside.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "lib/../../outside.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "./index.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "lib//index.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "C:/index.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "lib\\index.js"),
                Arguments.of("entry path", (Function<String, ?>) EntryPath::new, "index.js\u0000.png"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("valid")
    void acceptsValidValues(String kind, Function<String, ?> factory, String value) {
        assertEquals(value, factory.apply(value).toString());
    }

    @ParameterizedTest(name = "{0} [{2}]")
    @MethodSource("invalid")
    void rejectsInvalidValuesWithAReadableMessage(String kind, Function<String, ?> factory, String value) {
        DomainException failure = assertThrows(DomainException.class, () -> factory.apply(value));
        assertEquals(ErrorCode.INVALID_REQUEST, failure.code());
        assertTrue(failure.getMessage().length() > 20, failure.getMessage());
    }

    @Test
    void usernamesAreTheSameUserWhateverTheirCase() {
        assertEquals(new Username("Octo-Dev"), new Username("octo-dev"));
        assertEquals(new Username("Octo-Dev").hashCode(), new Username("octo-dev").hashCode());
        assertEquals("Octo-Dev", new Username("Octo-Dev").value());
    }

    @Test
    void aSlotMustBeConfigured() {
        SlotCatalog slots = SlotCatalog.of(List.of("dashboard_top", "custom_slot"));

        assertEquals(new Slot("custom_slot"), slots.require("custom_slot"));
        DomainException unknown = assertThrows(DomainException.class, () -> slots.require("asset_detail"));
        assertEquals("Unknown slot 'asset_detail'; known slots: custom_slot, dashboard_top", unknown.getMessage());
        assertEquals(6, SlotCatalog.DEFAULT.slots().size());
    }
}
