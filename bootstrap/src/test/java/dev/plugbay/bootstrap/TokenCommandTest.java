package dev.plugbay.bootstrap;

import static dev.plugbay.bootstrap.HttpCalls.body;
import static dev.plugbay.bootstrap.HttpCalls.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command and the server share {@code plugbay.home} and so the generated secret. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenCommandTest implements TestPropertyProvider {

    private final Path home = createHome();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("plugbay.home", home.toString());
    }

    @Test
    void printsATokenThatTheServerAccepts() throws ParseException {
        int exit = run("--sub", "alice", "--roles", "ADMIN,EDITOR", "--ttl", "120");

        assertEquals(TokenCommand.EXIT_OK, exit);
        assertEquals("", text(err));
        String token = text(out).strip();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals("alice", claims.getSubject());
        assertEquals("plugbay", claims.getIssuer());
        assertEquals(120_000, claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
        assertEquals(List.of("ADMIN", "EDITOR"), claims.getStringListClaim("roles"));

        HttpResponse<String> response = exchange(client, HttpRequest.GET("/api/test/admin").bearerAuth(token));
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("admin alice", body(response));
    }

    @Test
    void withoutRolesTheTokenHasNoRolesClaimAndLastsAnHour() throws ParseException {
        assertEquals(TokenCommand.EXIT_OK, run("--sub", "bob"));

        JWTClaimsSet claims = SignedJWT.parse(text(out).strip()).getJWTClaimsSet();
        assertEquals(null, claims.getClaim("roles"));
        assertEquals(3_600_000, claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "--roles ADMIN",
        "--sub",
        "--sub -alice",
        "--sub alice@example.org",
        "--sub alice --ttl soon",
        "--sub alice --ttl 0",
        "--sub alice --ttl -60",
        "--sub alice --roles ADMIN,",
        "--sub alice --verbose",
        "alice"})
    void badArgumentsPrintOneUsageLineAndExit2(String arguments) {
        int exit = run(arguments.isEmpty() ? new String[0] : arguments.split(" "));

        assertEquals(TokenCommand.EXIT_USAGE, exit);
        assertEquals("", text(out));
        String error = text(err);
        assertTrue(error.endsWith(TokenCommand.USAGE + System.lineSeparator()), error);
        assertEquals(1, error.lines().count(), error);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        TokenCommand command = new TokenCommand(
                TokenCommand.loadSettings(Map.of("plugbay.home", home.toString())),
                Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(List.of(args));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static Path createHome() {
        return TemporaryFolders.create("plugbay-home");
    }
}
