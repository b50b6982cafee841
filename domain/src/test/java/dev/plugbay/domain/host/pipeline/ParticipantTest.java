package dev.plugbay.domain.host.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.domain.manifest.Priority;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** RUNTIME.md "Hook pipeline": the manifest's priority, else the ready priority, else 100. */
class ParticipantTest {

    @Test
    void theManifestsPriorityWinsOverTheProcesss() {
        assertEquals(new Priority(100), Participant.resolve(Optional.of(new Priority(100)), OptionalInt.of(5)));
    }

    @Test
    void withoutOneInTheManifestTheReadyPriorityCounts() {
        assertEquals(new Priority(5), Participant.resolve(Optional.empty(), OptionalInt.of(5)));
    }

    @Test
    void withNeitherItIs100() {
        assertEquals(new Priority(100), Participant.resolve(Optional.empty(), OptionalInt.empty()));
    }
}
