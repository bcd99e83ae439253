package dev.transcend.core.ratings;

import java.util.OptionalDouble;

/**
 * A maximum-likelihood Elo estimate with its 95% confidence statement, in rating points. Exactly one of three
 * shapes, told apart by {@link #bound()}:
 * <ul>
 *   <li>{@link EloBound#NONE}: {@code mle}, {@code low95} and {@code high95} are all present;</li>
 *   <li>{@link EloBound#LOWER} (100% score): only {@code low95}, a one-sided 95% lower bound;</li>
 *   <li>{@link EloBound#UPPER} (0% score): only {@code high95}, a one-sided 95% upper bound.</li>
 * </ul>
 * Values are always finite: a perfect score is reported as a bound, never as an infinite rating.
 *
 * @param bound the shape
 * @param mle the maximum-likelihood Elo
 * @param low95 the lower end of the 95% interval, or the one-sided lower bound
 * @param high95 the upper end of the 95% interval, or the one-sided upper bound
 * @throws IllegalArgumentException if the present values do not match {@code bound}, are not finite or are out of order
 */
public record EloEstimate(EloBound bound, OptionalDouble mle, OptionalDouble low95, OptionalDouble high95) {

    public EloEstimate {
        boolean shapeOk = switch (bound) {
            case NONE -> mle.isPresent() && low95.isPresent() && high95.isPresent();
            case LOWER -> mle.isEmpty() && low95.isPresent() && high95.isEmpty();
            case UPPER -> mle.isEmpty() && low95.isEmpty() && high95.isPresent();
        };
        if (!shapeOk || !finite(mle) || !finite(low95) || !finite(high95)) {
            throw new IllegalArgumentException("bad Elo estimate: bound " + bound + ", mle " + text(mle) + ", 95% "
                    + text(low95) + ".." + text(high95));
        }
        if (bound == EloBound.NONE && !(low95.getAsDouble() <= mle.getAsDouble()
                && mle.getAsDouble() <= high95.getAsDouble())) {
            throw new IllegalArgumentException("Elo interval out of order: mle " + text(mle) + " is outside "
                    + text(low95) + ".." + text(high95));
        }
    }

    /** @return a finite estimate with its two-sided 95% interval */
    public static EloEstimate interval(double mle, double low95, double high95) {
        return new EloEstimate(EloBound.NONE, OptionalDouble.of(mle), OptionalDouble.of(low95),
                OptionalDouble.of(high95));
    }

    /** @return the answer for a 100% score: a one-sided 95% lower bound only */
    public static EloEstimate lowerBound(double low95) {
        return new EloEstimate(EloBound.LOWER, OptionalDouble.empty(), OptionalDouble.of(low95),
                OptionalDouble.empty());
    }

    /** @return the answer for a 0% score: a one-sided 95% upper bound only */
    public static EloEstimate upperBound(double high95) {
        return new EloEstimate(EloBound.UPPER, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(high95));
    }

    /**
     * @param level a rating, e.g. the model's training cap
     * @return whether the whole 95% statement lies strictly above {@code level}: the interval's lower end, or the
     *         lower bound, exceeds it; never true for an upper bound
     */
    public boolean entirelyAbove(double level) {
        return low95.isPresent() && low95.getAsDouble() > level;
    }

    private static boolean finite(OptionalDouble value) {
        return value.isEmpty() || Double.isFinite(value.getAsDouble());
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : "none";
    }
}
