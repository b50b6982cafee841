package dev.plugbay.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.adapters.rest.security.JwtSecretResolver;
import dev.plugbay.adapters.rest.security.JwtSettings;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: authors create and users install in parallel, and the server process is killed
 * (SIGKILL) or stopped (SIGTERM) in the middle of it; a new process starts on the same data, three
 * rounds. Every write that was answered 2xx is there with its exact content, each plugin's
 * downloadCount equals its number of installations, no start or stop logs an error, and no request
 * is answered 5xx (during a stop, requests in flight finish; later ones find no server listening).
 */
abstract class ServerStopRounds {

    private static final int ROUNDS = 3;
    /** Acknowledged writes of a round before its server is stopped: the stop comes mid-load. */
    private static final int CREATES_BEFORE_STOP = 15;
    private static final int INSTALLS_BEFORE_STOP = 40;
    private static final Duration LOAD_WITHIN = Duration.ofMinutes(2);

    /** The server's datasource properties; none for the packaged default. */
    protected abstract Map<String, Object> database();

    @Test
    void everyAcknowledgedWriteSurvivesAKillMidLoad(@TempDir Path home) {
        stopMidLoadAndRestart(home, ChildServer::kill);
    }

    @Test
    void aStopMidLoadAnswersNoServerErrorAndKeepsEveryAcknowledgedWrite(@TempDir Path home) {
        stopMidLoadAndRestart(home, ChildServer::terminate);
    }

    private void stopMidLoadAndRestart(Path home, Consumer<ChildServer> stop) {
        TokenIssuer tokens = new TokenIssuer(
                JwtSecretResolver.resolve(new JwtSettings(Optional.empty(), "plugbay", home)), "plugbay");
        WriteLoad load = new WriteLoad(tokens);
        for (int round = 1; round <= ROUNDS; round++) {
            try (ChildServer server = ChildServer.start(home, database(), "round-" + round)) {
                load.assertAllPresent(server.base());
                WriteLoad.Round writes = load.start(server.base(), "r" + round);
                boolean loaded = writes.awaitAcknowledged(CREATES_BEFORE_STOP, INSTALLS_BEFORE_STOP, LOAD_WITHIN);
                stop.accept(server);
                writes.stop();
                assertTrue(loaded, "round " + round + ": only " + writes.acknowledgedCreates() + " creates and "
                        + writes.acknowledgedInstalls() + " installs acknowledged within " + LOAD_WITHIN);
                assertEquals(List.of(), server.errorLines(), "round " + round + " logged errors");
            }
        }
        try (ChildServer server = ChildServer.start(home, database(), "after")) {
            load.assertAllPresent(server.base());
            assertEquals(List.of(), server.errorLines(), "the last restart logged errors");
        }
        assertEquals(List.of(), load.serverErrors(), "answers 5xx");
    }
}
