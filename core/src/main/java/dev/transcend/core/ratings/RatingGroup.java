package dev.transcend.core.ratings;

import dev.transcend.core.games.GameKey;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.policy.SamplingProtocol;

import java.util.Comparator;
import java.util.OptionalInt;

/**
 * What one rating describes: one model, trained under one cap, sampled under one protocol at one temperature. One
 * row of {@code ratings.csv} per group.
 *
 * @param model the policy name
 * @param cap the rating cap of the model's training data, Elo; empty if the data were not capped
 * @param protocol the sampling protocol
 * @param temperature the sampling temperature (0 means argmax)
 * @throws IllegalArgumentException if a name is blank, the cap is negative or the temperature is negative or not finite
 */
public record RatingGroup(String model, OptionalInt cap, SamplingProtocol protocol, double temperature)
        implements Comparable<RatingGroup> {

    /** Reading order of tables and charts: model, cap (uncapped first), protocol, temperature ascending. */
    private static final Comparator<RatingGroup> ORDER = Comparator.comparing(RatingGroup::model)
            .thenComparingInt(g -> g.cap().orElse(Integer.MIN_VALUE))
            .thenComparing(RatingGroup::protocol)
            .thenComparingDouble(RatingGroup::temperature);

    public RatingGroup {
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (cap.isPresent() && cap.getAsInt() < 0) {
            throw new IllegalArgumentException("cap must be >= 0, got " + cap.getAsInt());
        }
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
    }

    /** @return the group a game counts towards */
    public static RatingGroup of(GameRow game) {
        return new RatingGroup(game.model(), game.cap(), game.protocol(), game.temperature());
    }

    /** @return the same model, cap and protocol: one line of the rating-vs-temperature chart */
    public Series series() {
        return new Series(model, cap, protocol);
    }

    /** @return the temperature as a plain decimal, e.g. {@code 0.001}, {@code 1.5}, {@code 1.0} */
    public String temperatureText() {
        return GameKey.formatTemperature(temperature);
    }

    @Override
    public int compareTo(RatingGroup other) {
        return ORDER.compare(this, other);
    }

    /**
     * One model under one cap and protocol, across temperatures.
     *
     * @param model the policy name
     * @param cap the training cap, Elo, or empty
     * @param protocol the sampling protocol
     */
    public record Series(String model, OptionalInt cap, SamplingProtocol protocol) implements Comparable<Series> {

        private static final Comparator<Series> ORDER = Comparator.comparing(Series::model)
                .thenComparingInt(s -> s.cap().orElse(Integer.MIN_VALUE))
                .thenComparing(Series::protocol);

        /** @return {@code cap 1000} or {@code uncapped} */
        public String capText() {
            return cap.isPresent() ? "cap " + cap.getAsInt() : "uncapped";
        }

        @Override
        public int compareTo(Series other) {
            return ORDER.compare(this, other);
        }
    }
}
