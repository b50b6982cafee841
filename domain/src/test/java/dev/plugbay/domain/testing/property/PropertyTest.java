package dev.plugbay.domain.testing.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PropertyTest {

    private static final Gen<Long> ANY_LONG = random -> random.nextLong();

    @Test
    void eachRunOfAPropertyDrawsTheSameInputsFromTheSeed() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();

        Property.forAll(ANY_LONG).tries(50).check(first::add);
        Property.forAll(ANY_LONG).tries(50).check(second::add);

        assertEquals(first, second);
        assertEquals(first.size(), new HashSet<>(first).size(), "each try draws from its own split of the seed");
    }

    @Test
    void aFailureNamesTheTryTheSeedAndTheInputAndKeepsTheCause() {
        IllegalStateException cause = new IllegalStateException("boom");
        List<Long> drawn = new ArrayList<>();

        AssertionError failure = assertThrows(AssertionError.class, () -> Property.forAll(ANY_LONG).check(input -> {
            drawn.add(input);
            throw cause;
        }));

        Matcher replay = Pattern.compile("Property failed on try 1 of \\d+ with seed (-?\\d+) "
                + "\\(replay: -Dplugbay\\.property\\.seed=(-?\\d+)\\)\ninput: (-?\\d+)\nfailure: .*boom")
                .matcher(failure.getMessage());
        assertTrue(replay.matches(), failure.getMessage());
        assertEquals(replay.group(1), replay.group(2));
        assertEquals(drawn.get(0), Long.valueOf(replay.group(3)));
        assertSame(cause, failure.getCause());
    }

    @Test
    void aLongInputIsShownCutWithItsLength() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property.forAll(Gen.constant("x".repeat(1_000_000)))
                .check(text -> {
                    throw new AssertionError("too long");
                }));

        assertTrue(failure.getMessage().contains("x".repeat(Property.MAX_SHOWN_LENGTH) + "… (1000000 characters in all)"));
        assertTrue(failure.getMessage().length() < Property.MAX_SHOWN_LENGTH + 500, failure.getMessage());
    }

    @Test
    void controlCharactersAndLoneSurrogatesOfAnInputAreShownEscaped() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property.forAll(Gen.constant("a\tb\nc\0d\uD800e\uD83D\uDE00"))
                .check(text -> {
                    throw new AssertionError("wrong");
                }));

        assertTrue(failure.getMessage().contains("\ninput: a\\tb\\nc\\u0000d\\ud800e\uD83D\uDE00\n"), failure.getMessage());
    }

    @Test
    void anInputThatCannotBeShownStillFailsWithTheSeed() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property.forAll(Gen.constant("input"))
                .describedBy(input -> {
                    throw new StackOverflowError();
                })
                .check(input -> {
                    throw new AssertionError("wrong");
                }));

        assertTrue(failure.getMessage().contains("(cannot be shown: java.lang.StackOverflowError; replay the seed to see it)"),
                failure.getMessage());
    }

    @Test
    void biasedIntegersStayInRangeAndReachBothEnds() {
        List<Integer> drawn = draw(Gen.biasedIntegers(3, 1_000_000), 2_000);

        drawn.forEach(value -> assertTrue(value >= 3 && value <= 1_000_000, "out of range: " + value));
        Set<Integer> seen = new HashSet<>(drawn);

        assertTrue(seen.contains(3) && seen.contains(1_000_000), "both ends come up");
        assertTrue(seen.stream().anyMatch(value -> value < 100), "small values come up");
        assertTrue(seen.stream().anyMatch(value -> value > 100_000), "large values come up");
    }

    @Test
    void frequencyFollowsTheWeights() {
        List<String> drawn = draw(Gen.frequency(Gen.weight(9, Gen.constant("often")), Gen.weight(1, Gen.constant("rarely"))), 2_000);

        long rarely = drawn.stream().filter("rarely"::equals).count();
        assertTrue(rarely > 100 && rarely < 350, rarely + " of 2000");
        assertNotEquals(0, drawn.stream().filter("often"::equals).count());
    }

    /** Generators are checked on a fixed seed, whatever seed and number of tries the run uses. */
    private static <T> List<T> draw(Gen<T> generator, int count) {
        SplittableRandom random = new SplittableRandom(42);
        List<T> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(generator.next(random));
        }
        return drawn;
    }
}
