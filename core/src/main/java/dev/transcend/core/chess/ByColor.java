package dev.transcend.core.chess;

import java.util.Objects;
import java.util.function.Function;

/**
 * A pair of values, one per colour (after scalachess's {@code ByColor}), so that rules read as
 * {@code elo.max() <= cap} instead of juggling white/black fields.
 *
 * @param white the value for White
 * @param black the value for Black
 * @param <T> value type
 */
public record ByColor<T>(T white, T black) {

    public ByColor {
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
    }

    /** @return the value for {@code color} */
    public T get(Color color) {
        return color == Color.WHITE ? white : black;
    }

    /** @return a pair with each value mapped by {@code f} */
    public <R> ByColor<R> map(Function<? super T, ? extends R> f) {
        return new ByColor<>(f.apply(white), f.apply(black));
    }

    /** @return a pair whose value for {@code color} is replaced */
    public ByColor<T> with(Color color, T value) {
        return color == Color.WHITE ? new ByColor<>(value, black) : new ByColor<>(white, value);
    }

    /** @return the larger of two integer values, e.g. the higher of two Elo ratings */
    public static int max(ByColor<Integer> values) {
        return Math.max(values.white(), values.black());
    }
}
