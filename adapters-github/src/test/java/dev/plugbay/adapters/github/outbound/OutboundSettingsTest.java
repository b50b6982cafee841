package dev.plugbay.adapters.github.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.github.outbound.guard.OutboundPolicy;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: {@code PLUGBAY_OUTBOUND_ALLOWED_HOSTS=raw.githubusercontent.com,0x7f.1} let the server
 * start, and every preview then answered 500 because the guard failed to build on first use. The
 * allowlist is now read when the context starts, and a bad entry stops the start.
 */
class OutboundSettingsTest {

    @Test
    void theDefaultsAllowOnlyRawContentWithFiveAndTenSecondLimits() {
        try (ApplicationContext context = ApplicationContext.run()) {
            OutboundSettings settings = context.getBean(OutboundSettings.class);

            assertEquals(new OutboundPolicy(Set.of("raw.githubusercontent.com"), Set.of()), settings.policy());
            assertEquals(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)), settings.timeouts());
        }
    }

    @Test
    void aCommaSeparatedListAsFromTheEnvironmentIsNormalised() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "plugbay.outbound.allowed-hosts", "raw.githubusercontent.com,Plugins.Example.",
                "plugbay.outbound.allow-private", "LOCAL.example:8443",
                "plugbay.outbound.total-timeout", "1500ms"))) {
            OutboundSettings settings = context.getBean(OutboundSettings.class);

            assertEquals(new OutboundPolicy(Set.of("raw.githubusercontent.com", "plugins.example"), Set.of("local.example:8443")),
                    settings.policy());
            assertEquals(Duration.ofMillis(1500), settings.timeouts().total());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plugbay.outbound.allowed-hosts|raw.githubusercontent.com,0x7f.1|plugbay.outbound.allowed-hosts = '0x7f.1': must be a host "
                + "name in the form URLs are checked against (URL not allowed: the host is a numeric address in a non-canonical spelling)",
        "plugbay.outbound.allowed-hosts|127.1|plugbay.outbound.allowed-hosts = '127.1': must be a host name",
        "plugbay.outbound.allowed-hosts|exa mple.com|plugbay.outbound.allowed-hosts = 'exa mple.com': must be a host name",
        "plugbay.outbound.allow-private|localhost|plugbay.outbound.allow-private = 'localhost': must be a host:port pair",
        "plugbay.outbound.allow-private|2130706433:80|plugbay.outbound.allow-private = '2130706433:80': must be a host name",
        "plugbay.outbound.connect-timeout|0s|plugbay.outbound.connect-timeout = 'PT0S': must be a positive duration",
        "plugbay.outbound.total-timeout|-1s|plugbay.outbound.total-timeout = 'PT-1S': must be a positive duration"})
    void aBadValueStopsTheStartNamingThePropertyTheValueAndTheRule(String property, String value, String message) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(property, value)).close());

        assertTrue(messages(failure).contains(message), messages(failure));
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
