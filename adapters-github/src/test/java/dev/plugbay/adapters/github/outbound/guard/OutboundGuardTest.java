package dev.plugbay.adapters.github.outbound.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.UrlNotAllowedException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundGuardTest {

    /** Each name resolves to the address its name says; all of them are on the allowlist, so only the address rule can refuse them. */
    private final ScriptedResolver dns = new ScriptedResolver()
            .answer("raw.githubusercontent.com", "185.199.108.133", "2606:50c0:8000::154")
            .answer("public.example", "93.184.216.34")
            .answer("loopback.example", "127.0.0.1")
            .answer("loopback-high.example", "127.255.255.254")
            .answer("ten.example", "10.0.0.1")
            .answer("ten-high.example", "10.255.255.255")
            .answer("172.example", "172.16.5.4")
            .answer("172-high.example", "172.31.255.255")
            .answer("192-168.example", "192.168.1.1")
            .answer("metadata.example", "169.254.169.254")
            .answer("cgnat.example", "100.64.0.1")
            .answer("cgnat-high.example", "100.127.255.255")
            .answer("zero.example", "0.0.0.0")
            .answer("this-network.example", "0.1.2.3")
            .answer("multicast.example", "224.0.0.1")
            .answer("ssdp.example", "239.255.255.250")
            .answer("broadcast.example", "255.255.255.255")
            .answer("reserved.example", "240.0.0.1")
            .answer("doc1.example", "192.0.2.1")
            .answer("doc2.example", "198.51.100.7")
            .answer("doc3.example", "203.0.113.9")
            .answer("bench.example", "198.18.0.1")
            .answer("bench-high.example", "198.19.255.255")
            .answer("ietf.example", "192.0.0.8")
            .answer("v6-loopback.example", "::1")
            .answer("v6-unspecified.example", "::")
            .answer("v6-link-local.example", "fe80::1")
            .answer("v6-ula.example", "fc00::1")
            .answer("v6-ula-fd.example", "fd12:3456::1")
            .answer("v6-multicast.example", "ff02::1")
            .answer("v6-doc.example", "2001:db8::1")
            .answer("v6-site-local.example", "fec0::1")
            .answer("v6-discard.example", "100::1")
            .answer("mapped.example", "::ffff:127.0.0.1")
            .answer("mapped-public.example", "::ffff:93.184.216.34")
            .answer("compatible.example", "::127.0.0.1")
            .answer("nat64.example", "64:ff9b::7f00:1")
            .answer("nat64-local.example", "64:ff9b:1::a00:1")
            .answer("sixtofour-loopback.example", "2002:7f00:1::1")
            .answer("sixtofour-private.example", "2002:a00:1::1")
            .answer("teredo.example", "2001:0:4136:e378::1")
            .answer("mixed.example", "93.184.216.34", "10.0.0.1")
            .answer("mixed-v6.example", "2606:4700::1", "::1")
            .answer("local.example", "127.0.0.1");

    private final OutboundGuard guard = new OutboundGuard(OutboundPolicy.of(allowed(), Set.of("local.example:8443")), dns);

    private static List<String> allowed() {
        return List.of("raw.githubusercontent.com", "public.example", "loopback.example", "loopback-high.example",
                "ten.example", "ten-high.example", "172.example", "172-high.example", "192-168.example",
                "metadata.example", "cgnat.example", "cgnat-high.example", "zero.example", "this-network.example",
                "multicast.example", "ssdp.example", "broadcast.example", "reserved.example", "doc1.example",
                "doc2.example", "doc3.example", "bench.example", "bench-high.example", "ietf.example",
                "v6-loopback.example", "v6-unspecified.example", "v6-link-local.example", "v6-ula.example",
                "v6-ula-fd.example", "v6-multicast.example", "v6-doc.example", "v6-site-local.example",
                "v6-discard.example", "mapped.example", "mapped-public.example", "compatible.example",
                "nat64.example", "nat64-local.example", "sixtofour-loopback.example", "sixtofour-private.example",
                "teredo.example", "mixed.example", "mixed-v6.example", "local.example", "unresolvable.example",
                "93.184.216.34", "127.0.0.1", "10.0.0.1", "[::1]", "[::ffff:127.0.0.1]");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://raw.githubusercontent.com/a.json                      | only http and https
            file:///etc/passwd                                          | only http and https
            gopher://raw.githubusercontent.com:70/_GET                  | only http and https
            javascript:alert(1)                                         | only http and https
            data:application/json,%7B%7D                                | only http and https
            jar:http://raw.githubusercontent.com/a.jar!/x               | only http and https
            //raw.githubusercontent.com/a.json                          | only http and https
            raw.githubusercontent.com/a.json                            | only http and https
            http://user@raw.githubusercontent.com/a.json                | userinfo
            https://user:secret@raw.githubusercontent.com/a.json        | userinfo
            https://raw.githubusercontent.com@evil.tld/a.json           | userinfo
            https://raw.githubusercontent.com:443@evil.tld/a.json       | userinfo
            https://@raw.githubusercontent.com/a.json                   | userinfo
            https://raw.githubusercontent.com.evil.tld/a.json           | host not allowed: raw.githubusercontent.com.evil.tld
            https://evil.tld/a.json                                     | host not allowed: evil.tld
            https://githubusercontent.com/a.json                        | host not allowed
            https://xraw.githubusercontent.com/a.json                   | host not allowed
            https://raw.githubusercontent.co/a.json                     | host not allowed
            https://raw.githubusercontent.com\u3002evil.tld/a.json      | host not allowed: raw.githubusercontent.com.evil.tld
            https://r\u0430w.githubusercontent.com/a.json               | host not allowed: xn--rw-
            https://raw.githubusercontent.com../a.json                  | not a valid DNS name
            https://raw..githubusercontent.com/a.json                   | not a valid DNS name
            https://raw.githubusercontent.com%2eevil.tld/a.json         | percent-encoded
            https://raw_gh.githubusercontent.com/a.json                 | not a valid DNS name
            https://evil.tld\\@raw.githubusercontent.com/a.json         | malformed
            'https://raw.githubusercontent.com/a b'                     | malformed
            http://                                                     | malformed
            http:///a.json                                              | has no host
            http://2130706433/                                          | numeric address
            http://1572395042/                                          | numeric address
            http://0177.0.0.1/                                          | numeric address
            http://0x7f.1/                                              | numeric address
            http://0x7f000001/                                          | numeric address
            http://017700000001/                                        | numeric address
            http://127.1/                                               | numeric address
            http://127.0.0.01/                                          | numeric address
            http://127.000.000.001/                                     | numeric address
            http://0/                                                   | numeric address
            http://1.2.3.4.5/                                           | numeric address
            http://0x5d.0xb8.0xd8.0x22/                                 | numeric address
            http://93.184.216.034/                                      | numeric address
            http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/             | non-public address (loopback)
            http://127.0.0.1./                                          | non-public address (loopback)
            http://127.0.0.1/                                           | non-public address (loopback)
            http://10.0.0.1:8080/                                       | non-public address (private)
            http://[::1]/                                               | non-public address (loopback)
            http://[::ffff:127.0.0.1]/                                  | non-public address (IPv4-mapped)
            http://[0:0:0:0:0:0:0:1]/                                   | host not allowed: [0:0:0:0:0:0:0:1]
            http://[fe80::1%25eth0]/                                    | not a valid IPv6 literal
            http://[::1/                                                | malformed
            https://raw.githubusercontent.com:0/a.json                  | port
            https://raw.githubusercontent.com:99999/a.json              | port
            https://loopback.example/a.json                             | non-public address 127.0.0.1 (loopback)
            https://loopback-high.example/a.json                        | 127.255.255.254 (loopback)
            https://ten.example/a.json                                  | 10.0.0.1 (private)
            https://ten-high.example/a.json                             | 10.255.255.255 (private)
            https://172.example/a.json                                  | 172.16.5.4 (private)
            https://172-high.example/a.json                             | 172.31.255.255 (private)
            https://192-168.example/a.json                              | 192.168.1.1 (private)
            https://metadata.example/latest/meta-data/                  | 169.254.169.254 (link-local)
            https://cgnat.example/a.json                                | 100.64.0.1 (carrier-grade NAT)
            https://cgnat-high.example/a.json                           | 100.127.255.255 (carrier-grade NAT)
            https://zero.example/a.json                                 | 0.0.0.0 (unspecified
            https://this-network.example/a.json                         | 0.1.2.3 (unspecified
            https://multicast.example/a.json                            | 224.0.0.1 (multicast)
            https://ssdp.example/a.json                                 | 239.255.255.250 (multicast)
            https://broadcast.example/a.json                            | 255.255.255.255 (reserved or broadcast)
            https://reserved.example/a.json                             | 240.0.0.1 (reserved or broadcast)
            https://doc1.example/a.json                                 | 192.0.2.1 (documentation)
            https://doc2.example/a.json                                 | 198.51.100.7 (documentation)
            https://doc3.example/a.json                                 | 203.0.113.9 (documentation)
            https://bench.example/a.json                                | 198.18.0.1 (benchmarking)
            https://bench-high.example/a.json                           | 198.19.255.255 (benchmarking)
            https://ietf.example/a.json                                 | 192.0.0.8 (IETF protocol assignments)
            https://v6-loopback.example/a.json                          | (loopback)
            https://v6-unspecified.example/a.json                       | (unspecified)
            https://v6-link-local.example/a.json                        | (link-local)
            https://v6-ula.example/a.json                               | (unique-local)
            https://v6-ula-fd.example/a.json                            | (unique-local)
            https://v6-multicast.example/a.json                         | (multicast)
            https://v6-doc.example/a.json                               | (documentation)
            https://v6-site-local.example/a.json                        | (site-local)
            https://v6-discard.example/a.json                           | (discard-only)
            https://mapped.example/a.json                               | (IPv4-mapped)
            https://mapped-public.example/a.json                        | (IPv4-mapped)
            https://compatible.example/a.json                           | (IPv4-compatible)
            https://nat64.example/a.json                                | (NAT64)
            https://nat64-local.example/a.json                          | (local NAT64)
            https://sixtofour-loopback.example/a.json                   | (6to4 form of a loopback address)
            https://sixtofour-private.example/a.json                    | (6to4 form of a private address)
            https://teredo.example/a.json                               | (Teredo)
            https://mixed.example/a.json                                | 10.0.0.1 (private)
            https://mixed-v6.example/a.json                             | (loopback)
            https://local.example/a.json                                | 127.0.0.1 (loopback)
            https://local.example:8444/a.json                           | 127.0.0.1 (loopback)
            """)
    void refusesHostileUrls(String url, String rule) {
        UrlNotAllowedException refused = assertThrows(UrlNotAllowedException.class, () -> guard.check(unescape(url)));

        assertEquals(ErrorCode.URL_NOT_ALLOWED, refused.code());
        assertTrue(refused.getMessage().startsWith("URL not allowed: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(rule), () -> "expected '" + rule + "' in: " + refused.getMessage());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://raw.githubusercontent.com/o/r/main/a.json           | 185.199.108.133 | /o/r/main/a.json
            HTTPS://RAW.GitHubUserContent.COM/o/r/main/a.json           | 185.199.108.133 | /o/r/main/a.json
            https://raw.githubusercontent.com./o/r/main/a.json          | 185.199.108.133 | /o/r/main/a.json
            https://\uff52\uff41\uff57.githubusercontent.com/a.json     | 185.199.108.133 | /a.json
            https://raw.githubusercontent.com#@evil.tld/                | 185.199.108.133 | /
            https://raw.githubusercontent.com/a.json?x=1#frag           | 185.199.108.133 | /a.json?x=1
            https://raw.githubusercontent.com/caf\u00e9.json            | 185.199.108.133 | /caf%C3%A9.json
            http://93.184.216.34:8080/a.json                            | 93.184.216.34   | /a.json
            https://sixtofour-public.example/a.json                     | 2002:5db8:d822:0:0:0:0:1 | /a.json
            """)
    void letsAllowedPublicUrlsThroughToTheCheckedAddress(String url, String address, String target) {
        dns.answer("sixtofour-public.example", "2002:5db8:d822::1");
        OutboundGuard withSixToFour = new OutboundGuard(OutboundPolicy.of(
                concat(allowed(), "sixtofour-public.example"), Set.of()), dns);

        GuardedUrl checked = withSixToFour.check(unescape(url));

        assertTrue(addressesOf(checked).contains(address), addressesOf(checked).toString());
        assertEquals(target, checked.requestTarget());
    }

    @Test
    void exemptsExactlyTheConfiguredHostAndPortFromTheAddressRule() {
        OutboundGuard exempting = new OutboundGuard(
                OutboundPolicy.of(List.of("local.example"), Set.of("local.example:8443")), dns);

        assertEquals(List.of("127.0.0.1"), addressesOf(exempting.check("https://local.example:8443/a.json")));
        assertThrows(UrlNotAllowedException.class, () -> exempting.check("https://local.example:8444/a.json"));
        assertThrows(UrlNotAllowedException.class, () -> exempting.check("https://local.example/a.json"));
    }

    @Test
    void aHostThatDoesNotResolveIsAnUpstreamFailureNotARefusal() {
        DomainException failed = assertThrows(DomainException.class, () -> guard.check("https://unresolvable.example/a.json"));

        assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, failed.code());
    }

    @Test
    void aRebindingNameIsCheckedOnceAndTheCheckedAddressIsTheOneToConnectTo() {
        dns.answer("rebinding.example", "93.184.216.34").answer("rebinding.example", "127.0.0.1");
        OutboundGuard rebindingGuard = new OutboundGuard(OutboundPolicy.of(List.of("rebinding.example"), Set.of()), dns);

        GuardedUrl first = rebindingGuard.check("https://rebinding.example/a.json");

        assertEquals(List.of("93.184.216.34"), addressesOf(first));
        assertEquals(1, dns.lookups("rebinding.example"));
        UrlNotAllowedException second = assertThrows(UrlNotAllowedException.class,
                () -> rebindingGuard.check("https://rebinding.example/a.json"));
        assertTrue(second.getMessage().contains("127.0.0.1 (loopback)"), second.getMessage());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://public.example/a.json          | only http and https
            https://user@public.example/a.json   | userinfo
            https://elsewhere.example/a.json     | host not allowed: elsewhere.example
            http://127.0.0.1/a.json              | 127.0.0.1 is a non-public address
            """)
    void theStaticCheckRefusesWhatNeedsNoLookupAndMakesNone(String url, String rule) {
        UrlNotAllowedException refused = assertThrows(UrlNotAllowedException.class, () -> guard.checkStatically(url));

        assertTrue(refused.getMessage().contains(rule), () -> "expected '" + rule + "' in: " + refused.getMessage());
        assertEquals(0, dns.lookups("public.example") + dns.lookups("elsewhere.example"));
    }

    @Test
    void theStaticCheckLeavesAddressesToFetchTime() {
        guard.checkStatically("https://loopback.example/a.json");
        guard.checkStatically("https://unresolvable.example/a.json");

        assertEquals(0, dns.lookups("loopback.example"));
        assertThrows(UrlNotAllowedException.class, () -> guard.check("https://loopback.example/a.json"));
    }

    @Test
    void refusesOverlongUrls() {
        String url = "https://raw.githubusercontent.com/" + "a".repeat(2100);

        UrlNotAllowedException refused = assertThrows(UrlNotAllowedException.class, () -> guard.check(url));

        assertTrue(refused.getMessage().contains("longer than 2048"), refused.getMessage());
    }

    private static List<String> addressesOf(GuardedUrl checked) {
        return checked.destination().addresses().stream().map(java.net.InetAddress::getHostAddress).toList();
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }

    /** The table writes non-ASCII characters as \\uXXXX so the hostile ones stay visible. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (text.startsWith("\\\\", i)) {
                out.append('\\');
                i++;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
