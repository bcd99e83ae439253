package dev.transcend.reports;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.ScoreTally;
import dev.transcend.core.ratings.SprtVerdict;
import dev.transcend.core.games.GameKey;

import java.util.Locale;
import java.util.Optional;

/**
 * How numbers appear in report tables: ratings as whole rating points (the data do not support more), scores as
 * percentages with one decimal, intervals in brackets.
 */
final class CellFormat {

    private CellFormat() {
    }

    /** @return e.g. {@code "1612"} */
    static String rating(double rating) {
        return String.format(Locale.ROOT, "%.0f", rating);
    }

    /** @return e.g. {@code "1612 ± 84"} (rating ± RD) */
    static String ratingWithRd(Rating glicko) {
        return rating(glicko.rating()) + " ± " + rating(glicko.rd());
    }

    /** @return e.g. {@code "[1447, 1777]"} */
    static String interval(double low, double high) {
        return "[" + rating(low) + ", " + rating(high) + "]";
    }

    /** @return the Glicko-2 95% interval, rating ± 1.96 RD */
    static String glickoInterval(Rating glicko) {
        return interval(glicko.low95(), glicko.high95());
    }

    /** @return e.g. {@code "1620 [1480, 1770]"}, {@code "≥ 1650 (one-sided, 100% score)"} or {@code "≤ 1200 (...)"} */
    static String elo(EloEstimate elo) {
        return switch (elo.bound()) {
            case NONE -> rating(elo.mle().getAsDouble()) + " "
                    + interval(elo.low95().getAsDouble(), elo.high95().getAsDouble());
            case LOWER -> "≥ " + rating(elo.low95().getAsDouble()) + " (one-sided 95%, 100% score)";
            case UPPER -> "≤ " + rating(elo.high95().getAsDouble()) + " (one-sided 95%, 0% score)";
        };
    }

    /**
     * @return the SPRT of "rating above X" (core's {@code Sprt}), e.g. {@code "above 1000 (LLR 3.24 ≥ 2.94)"},
     *         {@code "not above 1000 (LLR -3.16 ≤ -2.94)"}, {@code "undecided on 1000 (LLR 0.52 in ±2.94)"}, or
     *         {@code "-"} for a row without one
     */
    static String sprt(Optional<SprtVerdict> sprt) {
        if (sprt.isEmpty()) {
            return "-";
        }
        SprtVerdict v = sprt.get();
        String x = rating(v.above());
        return switch (v.decision()) {
            case ACCEPT_H1 -> "above " + x + " (LLR " + twoDecimals(v.llr()) + " ≥ " + twoDecimals(v.upper()) + ")";
            case ACCEPT_H0 -> "not above " + x + " (LLR " + twoDecimals(v.llr()) + " ≤ " + twoDecimals(v.lower()) + ")";
            case CONTINUE -> "undecided on " + x + " (LLR " + twoDecimals(v.llr()) + " in " + twoDecimals(v.lower())
                    + ".." + twoDecimals(v.upper()) + ")";
        };
    }

    /** @return e.g. {@code "43.8%"} for 0.4375 */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** @return e.g. {@code "[31.2%, 57.0%]"} */
    static String percentInterval(double low, double high) {
        return "[" + percent(low) + ", " + percent(high) + "]";
    }

    /** @return wins/draws/losses, e.g. {@code "3/1/4"} */
    static String wdl(ScoreTally tally) {
        return tally.wins() + "/" + tally.draws() + "/" + tally.losses();
    }

    /** @return a temperature as a plain decimal, e.g. {@code "0.001"}, {@code "1.5"} */
    static String temperature(double temperature) {
        return GameKey.formatTemperature(temperature);
    }

    /** @return e.g. {@code "0.25"} */
    static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
