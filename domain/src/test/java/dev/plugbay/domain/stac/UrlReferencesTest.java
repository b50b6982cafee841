package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlReferencesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "https://example.com", "https://cdn.example.com/logo.png?v=2#top", "HTTPS://EXAMPLE.COM/A.PNG",
        "HtTpS://example.com", "  https://example.com/x \n", "ht\ttps://example.com", "https://example.com:8443/x",
        "https://user@example.com/x", "https://[::1]/x", "https://example.com\\path",
        "/assets/logo.png", "logo.png", "../img/a.png", "./a.png", "images/a:b.png", "?page=2", "#section",
        "/inventory?filter=low:stock", ""})
    void acceptsHttpsWithAHostAndRelativeReferences(String url) {
        assertEquals(Optional.empty(), UrlReferences.problem(url));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            javascript:alert(1)                 | URL scheme not allowed: javascript
            JaVaScRiPt:alert(1)                 | URL scheme not allowed: javascript
            JAVASCRIPT:alert(1)                 | URL scheme not allowed: javascript
            vbscript:msgbox(1)                  | URL scheme not allowed: vbscript
            data:text/html;base64,PHNjcmlwdD4=  | URL scheme not allowed: data
            DATA:image/svg+xml,<svg/>           | URL scheme not allowed: data
            file:///etc/passwd                  | URL scheme not allowed: file
            http://example.com/logo.png         | URL scheme not allowed: http
            ftp://example.com/logo.png          | URL scheme not allowed: ftp
            intent://scan#Intent;end            | URL scheme not allowed: intent
            httpſ://example.com                 | URL scheme not allowed: httpſ
            //evil.tld/logo.png                 | Protocol-relative URL is not allowed
            \\\\evil.tld/logo.png               | Protocol-relative URL is not allowed
            /\\evil.tld/logo.png                | Protocol-relative URL is not allowed
            https:evil.tld                      | An https: URL must name a host
            https:/evil.tld                     | An https: URL must name a host
            https://                            | An https: URL must name a host
            https:///path                       | An https: URL must name a host
            https://:443/path                   | An https: URL must name a host
            https://user@/path                  | An https: URL must name a host
            """)
    void rejectsOtherSchemesAndHostlessUrls(String url, String expected) {
        String problem = UrlReferences.problem(url).orElseThrow(() -> new AssertionError("should be refused"));

        assertTrue(problem.startsWith(expected), problem);
    }

    /** Spellings that browsers normalize to {@code javascript:}, or that are not clearly relative. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        " javascript:alert(1)", "\u0000javascript:alert(1)", "\u001Fjavascript:alert(1)",
        "javascript:alert(1)\u0000 ", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)",
        "\tJaVa\nScRiPt\r:alert(1)", "java\u0000script:alert(1)", "\u00A0javascript:alert(1)",
        "\u2028javascript:alert(1)", "java script:alert(1)", " //evil.tld", "/\t/evil.tld"})
    void rejectsDisguisedSchemes(String url) {
        Optional<String> problem = UrlReferences.problem(url);

        assertTrue(problem.isPresent(), "should be refused");
    }
}
