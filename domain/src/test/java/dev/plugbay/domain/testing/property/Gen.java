package dev.plugbay.domain.testing.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of test inputs. Everything it makes is drawn from the random source it is handed, never
 * from anywhere else, so the same seed makes the same inputs again ({@link Property}).
 *
 * <p>Compose generators with {@link #map}, {@link #flatMap}, {@link #list} and {@link #zip}, or with a
 * lambda that draws from several: {@code random -> new Three(a.next(random), b.next(random), c.next(random))}.
 */
@FunctionalInterface
public interface Gen<T> {

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
        return random -> mapper.apply(next(random)).next(random);
    }

    /** Lists of {@code minSize} to {@code maxSize} values of this generator, short ones more often. */
    default Gen<List<T>> list(int minSize, int maxSize) {
        Gen<Integer> sizes = biasedIntegers(minSize, maxSize);
        return random -> {
            int size = sizes.next(random);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    /** A value made of one value of each generator, such as a record of the two. */
    static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combine) {
        return random -> combine.apply(first.next(random), second.next(random));
    }

    /** The values of this generator joined as text, {@code minSize} to {@code maxSize} of them. */
    static Gen<String> joined(Gen<String> pieces, int minSize, int maxSize) {
        return pieces.list(minSize, maxSize).map(list -> String.join("", list));
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        return elements(List.of(values));
    }

    static <T> Gen<T> elements(List<T> values) {
        List<T> choices = List.copyOf(values);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return random -> choices.get(random.nextInt(choices.size()));
    }

    /** A value of one of {@code generators}, each chosen equally often. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> choices = List.of(generators);
        return random -> choices.get(random.nextInt(choices.size())).next(random);
    }

    /** A generator chosen in proportion to its weight, as in {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> generator) {

        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("a weight is at least 1: " + weight);
            }
            Objects.requireNonNull(generator, "generator");
        }
    }

    static <T> Weighted<T> weight(int weight, Gen<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** A value of one of {@code choices}, each chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        List<Weighted<T>> weighted = List.of(choices);
        int total = weighted.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<T> choice : weighted) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.generator().next(random);
                }
            }
            throw new AssertionError("weights add up to " + total);
        };
    }

    static Gen<Boolean> booleans() {
        return SplittableRandom::nextBoolean;
    }

    /** Integers from {@code min} to {@code max}, all equally likely. */
    static Gen<Integer> integers(int min, int max) {
        requireRange(min, max);
        return random -> (int) random.nextLong(min, (long) max + 1);
    }

    /**
     * Integers from {@code min} to {@code max} where small distances from {@code min} are as likely as
     * large ones on a logarithmic scale, and both ends come up often: what finds off-by-one and
     * size-limit bugs among counts and lengths that range over orders of magnitude.
     */
    static Gen<Integer> biasedIntegers(int min, int max) {
        requireRange(min, max);
        long span = (long) max - min;
        int bits = 64 - Long.numberOfLeadingZeros(span);
        return random -> {
            int edge = random.nextInt(10);
            if (edge == 0) {
                return min;
            }
            if (edge == 1) {
                return max;
            }
            long magnitude = 1L << random.nextInt(bits + 1);
            return (int) (min + random.nextLong(Math.min(magnitude, span + 1)));
        };
    }

    /** Text of {@code minLength} to {@code maxLength} ASCII digits, any of them 0. */
    static Gen<String> digits(int minLength, int maxLength) {
        return joined(elements("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), minLength, maxLength);
    }

    private static void requireRange(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }
}
