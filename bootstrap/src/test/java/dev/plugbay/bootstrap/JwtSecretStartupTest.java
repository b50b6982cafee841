package dev.plugbay.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretStartupTest {

    @TempDir
    Path home;

    @Test
    void firstStartWithoutSecretGeneratesAPrivateSecretFileAndLaterStartsReuseIt() throws IOException {
        Path secretFile = home.resolve("jwt-secret");

        try (ApplicationContext ignored = ApplicationContext.run(Map.of("plugbay.home", home.toString()))) {
            assertTrue(Files.exists(secretFile));
        }
        String generated = Files.readString(secretFile);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)));

        try (ApplicationContext ignored = ApplicationContext.run(Map.of("plugbay.home", home.toString()))) {
            assertEquals(generated, Files.readString(secretFile));
        }
    }

    @Test
    void configuredSecretShorterThan32BytesStopsTheStartWithAClearMessage() {
        Map<String, Object> properties = Map.of(
                "plugbay.home", home.toString(),
                "plugbay.jwt.secret", "a".repeat(31));

        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(properties).close());

        assertTrue(messages(failure).contains("plugbay.jwt.secret is 31 bytes long; an HS256 secret needs at least 32 bytes"),
                messages(failure));
        assertFalse(Files.exists(home.resolve("jwt-secret")));
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
