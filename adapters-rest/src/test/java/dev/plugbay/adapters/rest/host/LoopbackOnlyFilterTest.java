package dev.plugbay.adapters.rest.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HOST.md "Access": which socket peers count as this machine. */
class LoopbackOnlyFilterTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, true", "127.8.9.10, true", "::1, true", "::ffff:127.0.0.1, true",
        "192.168.1.20, false", "10.0.0.1, false", "::ffff:192.168.1.20, false", "fe80::1, false", "0.0.0.0, false",
        "fc00::1, false", "203.0.113.9, false"})
    void onlyLoopbackPeersAreLocal(String address, boolean local) throws UnknownHostException {
        InetSocketAddress peer = new InetSocketAddress(InetAddress.getByName(address), 40000);

        assertEquals(local, LoopbackOnlyFilter.isLoopback(peer));
    }
}
