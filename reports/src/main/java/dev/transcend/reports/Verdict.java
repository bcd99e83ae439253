package dev.transcend.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.transcend.core.ratings.EloBound;
import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.RatingRow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The experiment's answer, written as {@code verdict.json} for scripts: is the model, at some temperature, rated
 * above the best expert in its training data? Ratings are the model's maximum-likelihood Elo per temperature with
 * its 95% interval, on the scale {@link #scale()} names. Built by {@link #of}, a pure function.
 *
 * @param scale       {@link RatingScale#id()}: {@code ladder}, {@code assumed} or {@code lichess}
 * @param bestExpert  the reference the model must beat; {@code null} when nothing is known (no ladder, no
 *                    {@code players.csv}, no cap)
 * @param basePolicy  the experts' noiseless base policy on the ladder; {@code null} without a ladder or base
 * @param temperatures one entry per rated (series, temperature), in the order of {@code ratings.csv}
 * @param transcends  whether any entry is {@code aboveBestExpert}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Verdict(String scale, Reference bestExpert, Reference basePolicy, List<Entry> temperatures,
                      boolean transcends) {

    /** The file name inside the report folder. */
    public static final String FILE_NAME = "verdict.json";

    public Verdict {
        temperatures = List.copyOf(temperatures);
    }

    /**
     * @param ratings the rows of {@code ratings.csv}
     * @param bestExpert the best expert in the training data ({@link BestExpert#find}), if known
     * @param basePolicy the base policy's ladder rating, if known
     * @param scale the scale of the numbers
     * @return the verdict: an entry is above the best expert when the lower end of its 95% interval (or its
     *         one-sided lower bound, for a 100% score) exceeds the expert's rating; a 0% score (upper bound only)
     *         never is
     */
    static Verdict of(List<RatingRow> ratings, Optional<Reference> bestExpert, Optional<Reference> basePolicy,
                      RatingScale scale) {
        List<Entry> entries = ratings.stream().map(r -> Entry.of(r, bestExpert)).toList();
        return new Verdict(scale.id(), bestExpert.orElse(null), basePolicy.orElse(null), entries,
                entries.stream().anyMatch(Entry::aboveBestExpert));
    }

    /**
     * A named rating the model is compared with.
     *
     * @param name    the player, e.g. {@code expert-3}, or {@code cap} when only the cap is known
     * @param rating  its rating, Elo on the verdict's scale
     * @param assumed whether the rating is an assumption (a PGN rating tag or the cap) rather than a ladder
     *                measurement
     */
    public record Reference(String name, double rating, boolean assumed) {
    }

    /**
     * The model at one temperature.
     *
     * @param model          the model's name
     * @param cap            its training cap, Elo, or {@code null} if uncapped
     * @param temperature    the sampling temperature
     * @param games          games rated
     * @param rating         the maximum-likelihood Elo; {@code null} for a 0% or 100% score, which has none
     * @param low95          lower end of the 95% interval, or the one-sided lower bound (100% score); {@code null}
     *                       for a 0% score
     * @param high95         upper end of the 95% interval, or the one-sided upper bound (0% score); {@code null}
     *                       for a 100% score
     * @param bound          {@code none} (two-sided interval), {@code lower} (100% score) or {@code upper} (0%)
     * @param aboveBestExpert whether {@code low95} exceeds the best expert's rating
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(String model, Integer cap, double temperature, int games, Double rating, Double low95,
                        Double high95, String bound, @JsonProperty("aboveBestExpert") boolean aboveBestExpert) {

        static Entry of(RatingRow row, Optional<Reference> bestExpert) {
            EloEstimate elo = row.elo();
            boolean above = bestExpert.isPresent() && elo.entirelyAbove(bestExpert.get().rating());
            return new Entry(row.group().model(), row.group().cap().isPresent() ? row.group().cap().getAsInt() : null,
                    row.group().temperature(), row.tally().games(), boxed(elo.mle()), boxed(elo.low95()),
                    boxed(elo.high95()), boundName(elo.bound()), above);
        }

        private static Double boxed(OptionalDouble value) {
            return value.isPresent() ? value.getAsDouble() : null;
        }

        private static String boundName(EloBound bound) {
            return bound.name().toLowerCase(Locale.ROOT);
        }
    }
}
