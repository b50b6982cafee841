package dev.plugbay.adapters.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExitStatusTest {

    @Test
    void exitValuesAboveOneHundredTwentyEightAreSignals() {
        assertEquals(new ExitStatus(OptionalInt.of(0), OptionalInt.empty()), ExitStatus.of(0));
        assertEquals(new ExitStatus(OptionalInt.of(128), OptionalInt.empty()), ExitStatus.of(128));
        assertEquals(new ExitStatus(OptionalInt.empty(), OptionalInt.of(15)), ExitStatus.of(143));
        assertEquals(new ExitStatus(OptionalInt.of(255), OptionalInt.empty()), ExitStatus.of(255));
        assertEquals("exited with code 3", ExitStatus.of(3).describe());
        assertEquals("was killed by signal 9", ExitStatus.of(137).describe());
    }
}
