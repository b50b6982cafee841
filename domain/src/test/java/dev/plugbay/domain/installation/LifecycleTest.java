package dev.plugbay.domain.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every legal and illegal transition of the installation state machine (DOMAIN.md). */
class LifecycleTest {

    private static final Map<String, LifecycleState> STATES = Map.of(
            "installed", new LifecycleState.Installed(),
            "active", new LifecycleState.Active(),
            "inactive", new LifecycleState.Inactive(),
            "error", new LifecycleState.Failed("onActivate threw"));

    private static final Map<String, Function<LifecycleState, LifecycleState>> EVENTS = Map.of(
            "activate", LifecycleState::activate,
            "deactivate", LifecycleState::deactivate,
            "fail", state -> state.failActivation("boom"));

    /** from, event, to — or "REJECTED". */
    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of("installed", "activate", "active"),
                Arguments.of("inactive", "activate", "active"),
                Arguments.of("error", "activate", "active"),
                Arguments.of("active", "activate", "active"),
                Arguments.of("active", "deactivate", "inactive"),
                Arguments.of("installed", "deactivate", "inactive"),
                Arguments.of("error", "deactivate", "inactive"),
                Arguments.of("inactive", "deactivate", "REJECTED"),
                Arguments.of("installed", "fail", "error"),
                Arguments.of("inactive", "fail", "error"),
                Arguments.of("error", "fail", "error"),
                Arguments.of("active", "fail", "REJECTED"));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("transitions")
    void eachTransitionLeadsWhereTheMachineSays(String from, String event, String to) {
        LifecycleState state = STATES.get(from);
        Function<LifecycleState, LifecycleState> transition = EVENTS.get(event);
        if (to.equals("REJECTED")) {
            DomainException rejected = assertThrows(DomainException.class, () -> transition.apply(state));
            assertEquals(ErrorCode.ILLEGAL_TRANSITION, rejected.code());
        } else {
            assertEquals(to, transition.apply(state).name());
        }
    }

    @Test
    void everyStateAndEventIsCovered() {
        assertEquals(STATES.size() * EVENTS.size(), transitions().count());
    }

    @Test
    void activatingAnActivePluginIsANoOp() {
        LifecycleState active = new LifecycleState.Active();
        assertSame(active, active.activate());
    }

    @Test
    void aFailedActivationKeepsItsMessage() {
        LifecycleState failed = new LifecycleState.Installed().failActivation("onActivate threw: boom");
        assertEquals(new LifecycleState.Failed("onActivate threw: boom"), failed);
        assertEquals(failed, LifecycleState.fromName("error", "onActivate threw: boom"));
    }

    @Test
    void statesRoundTripThroughTheirNames() {
        STATES.forEach((name, state) -> assertEquals(state,
                LifecycleState.fromName(name, state instanceof LifecycleState.Failed failed ? failed.message() : null)));
        assertThrows(IllegalArgumentException.class, () -> LifecycleState.fromName("paused", null));
    }
}
