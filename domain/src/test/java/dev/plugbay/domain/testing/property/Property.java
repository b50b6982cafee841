package dev.plugbay.domain.testing.property;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property checked on inputs from a {@link Gen}: {@code Property.forAll(versions).check(version -> ...)},
 * called from a JUnit test. It runs a fixed number of tries and fails on the first input the check
 * throws on, with a message that gives what it takes to make that input again.
 *
 * <p>Every run has one seed: the system property {@value #SEED_PROPERTY} when set, otherwise a random
 * one. Each property draws its tries from that seed alone, try {@code i} from the {@code i}-th split
 * of it, so running again with {@code -Dplugbay.property.seed=<seed>} repeats every input exactly,
 * whatever other tests run. {@value #TRIES_PROPERTY} replaces every property's number of tries (more
 * for a long fuzzing run, fewer for a quick one).
 */
public final class Property<T> {

    public static final String SEED_PROPERTY = "plugbay.property.seed";
    public static final String TRIES_PROPERTY = "plugbay.property.tries";
    public static final int DEFAULT_TRIES = 100;
    /**
     * A failing input, and the failure, are shown up to this many characters, their control
     * characters and unpaired surrogates escaped as in a Java string literal; the seed makes the input
     * whole again.
     */
    public static final int MAX_SHOWN_LENGTH = 2_000;

    private static final long RUN_SEED = runSeed();
    private static final Optional<Integer> TRIES_OVERRIDE = triesOverride();

    private final Gen<T> inputs;
    private final int tries;
    private final Function<? super T, String> describer;

    private Property(Gen<T> inputs, int tries, Function<? super T, String> describer) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        if (tries < 1) {
            throw new IllegalArgumentException("a property needs at least one try: " + tries);
        }
        this.tries = tries;
        this.describer = Objects.requireNonNull(describer, "describer");
    }

    public static <T> Property<T> forAll(Gen<T> inputs) {
        return new Property<>(inputs, DEFAULT_TRIES, String::valueOf);
    }

    /** How many inputs to try unless {@value #TRIES_PROPERTY} says otherwise. */
    public Property<T> tries(int count) {
        return new Property<>(inputs, count, describer);
    }

    /** How to show a failing input, when {@code toString} would not do (too slow, or recursive on depth). */
    public Property<T> describedBy(Function<? super T, String> howToShow) {
        return new Property<>(inputs, tries, howToShow);
    }

    /** Checks {@code property} on each try's input; anything it throws fails the test with the seed and the input. */
    public void check(Consumer<? super T> property) {
        int count = TRIES_OVERRIDE.orElse(tries);
        SplittableRandom seeds = new SplittableRandom(RUN_SEED);
        for (int attempt = 0; attempt < count; attempt++) {
            SplittableRandom random = seeds.split();
            T input;
            try {
                input = inputs.next(random);
            } catch (Throwable generatorFailure) {
                throw new AssertionError(replay(attempt, count) + "; the generator failed", generatorFailure);
            }
            try {
                property.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError(replay(attempt, count) + "\ninput: " + shown(input)
                        + "\nfailure: " + escaped(cut(String.valueOf(failure))), failure);
            }
        }
    }

    private static String replay(int attempt, int count) {
        return "Property failed on try " + (attempt + 1) + " of " + count + " with seed " + RUN_SEED
                + " (replay: -D" + SEED_PROPERTY + "=" + RUN_SEED + ")";
    }

    private String shown(T input) {
        String text;
        try {
            text = describer.apply(input);
        } catch (Throwable cannotShow) {
            return "(cannot be shown: " + cannotShow + "; replay the seed to see it)";
        }
        return escaped(cut(text));
    }

    private static String cut(String text) {
        return text.length() <= MAX_SHOWN_LENGTH
                ? text
                : text.substring(0, MAX_SHOWN_LENGTH) + "… (" + text.length() + " characters in all)";
    }

    /**
     * Control characters and unpaired surrogates written as escapes: whitespace and line breaks in an
     * input can be told apart, and a report writer that cannot encode a lone surrogate does not cut
     * the message short.
     */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static long runSeed() {
        String given = System.getProperty(SEED_PROPERTY, "").strip();
        long seed = given.isEmpty() ? ThreadLocalRandom.current().nextLong() : Long.parseLong(given);
        System.out.println("Property tests use seed " + seed + " (replay: -D" + SEED_PROPERTY + "=" + seed + ")");
        return seed;
    }

    private static Optional<Integer> triesOverride() {
        String given = System.getProperty(TRIES_PROPERTY, "").strip();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        int tries = Integer.parseInt(given);
        if (tries < 1) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1, not " + given);
        }
        return Optional.of(tries);
    }
}
