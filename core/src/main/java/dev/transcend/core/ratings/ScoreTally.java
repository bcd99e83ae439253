package dev.transcend.core.ratings;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wins, draws and losses of one player over a set of games, with its score rate and a Wilson interval.
 *
 * @param wins games won
 * @param draws games drawn
 * @param losses games lost
 * @throws IllegalArgumentException if a count is negative
 */
public record ScoreTally(int wins, int draws, int losses) {

    /** No games. */
    public static final ScoreTally EMPTY = new ScoreTally(0, 0, 0);

    private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    public ScoreTally {
        if (wins < 0 || draws < 0 || losses < 0) {
            throw new IllegalArgumentException("negative count: W/D/L " + wins + "/" + draws + "/" + losses);
        }
    }

    /**
     * @param score 1, 0.5 or 0
     * @return this tally with one more game
     * @throws IllegalArgumentException for any other score
     */
    public ScoreTally plus(double score) {
        if (score == 1.0) {
            return new ScoreTally(wins + 1, draws, losses);
        } else if (score == 0.5) {
            return new ScoreTally(wins, draws + 1, losses);
        } else if (score == 0.0) {
            return new ScoreTally(wins, draws, losses + 1);
        }
        throw new IllegalArgumentException("score must be 0, 0.5 or 1, got " + score);
    }

    /** @return the number of games */
    public int games() {
        return wins + draws + losses;
    }

    /** @return points scored, draws counting half */
    public double points() {
        return wins + 0.5 * draws;
    }

    /** @return the mean score in [0, 1]; 0 when there are no games */
    public double score() {
        return games() == 0 ? 0.0 : points() / games();
    }

    /** @return the lower end of the 95% Wilson score interval of {@link #score()}; 0 with no games */
    public double wilsonLow95() {
        return wilson(-1);
    }

    /** @return the upper end of the 95% Wilson score interval of {@link #score()}; 1 with no games */
    public double wilsonHigh95() {
        return wilson(+1);
    }

    /**
     * Wilson score interval (E. B. Wilson, JASA 22, 1927) with the mean score as the success rate. A draw has variance
     * below that of a win/loss coin, so with draws the interval is somewhat conservative (wider than needed).
     */
    private double wilson(int sign) {
        int n = games();
        if (n == 0) {
            return sign < 0 ? 0.0 : 1.0;
        }
        double p = score();
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Math.min(1.0, Math.max(0.0, centre + sign * half));
    }
}
