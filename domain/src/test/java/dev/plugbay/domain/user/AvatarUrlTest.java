package dev.plugbay.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AvatarUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://avatars.githubusercontent.com/u/1?v=4", "https://a.example/p.png", "HTTPS://A.EXAMPLE/P.PNG"})
    void anHttpsUrlWithAHostIsUsable(String url) {
        assertTrue(AvatarUrl.isUsable(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "http://a.example/p.png", "javascript:alert(1)", "data:image/png;base64,AAAA",
            "https://", "https:///p.png", "https:p.png", "//a.example/p.png", "/p.png", "https://user:pw@a.example/p.png",
            "https://a.example/p q.png", "https://a.example/\u0000.png", "https://a.example/\u0085.png", "https://a.example/%zz"})
    void anythingElseIsNot(String url) {
        assertFalse(AvatarUrl.isUsable(url));
    }

    @Test
    void anAvatarIsAtMost2048Characters() {
        String prefix = "https://a.example/";

        assertTrue(AvatarUrl.isUsable(prefix + "a".repeat(AvatarUrl.MAX_LENGTH - prefix.length())));
        assertFalse(AvatarUrl.isUsable(prefix + "a".repeat(AvatarUrl.MAX_LENGTH - prefix.length() + 1)));
    }

    @Test
    void aCallerKeepsOnlyAUsableAvatar() {
        Username alice = new Username("alice");

        assertEquals(Optional.empty(), new Caller(alice, Set.of(), Optional.of("javascript:alert(1)")).avatar());
        assertEquals(Optional.of("https://a.example/p.png"), new Caller(alice, Set.of(), Optional.of("https://a.example/p.png")).avatar());
    }
}
