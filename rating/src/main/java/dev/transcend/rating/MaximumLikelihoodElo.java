package dev.transcend.rating;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

import java.util.List;

/**
 * Order-independent maximum-likelihood Elo of one player against opponents whose ratings are fixed, under the
 * logistic Elo model {@code E = 1 / (1 + 10^((R_opp - R) / 400))} (Elo, "The Rating of Chessplayers", 1978; the
 * logistic form used by FIDE and cutechess). Draws count as half points, so the log-likelihood is
 * {@code sum s_i ln E_i + (1 - s_i) ln(1 - E_i)} (a quasi-likelihood when there are draws).
 *
 * <ul>
 *   <li>Estimate: the root of the score equation {@code sum E_i(R) = sum s_i}, which is strictly increasing in R, by
 *       commons-math3's {@link BrentSolver}.</li>
 *   <li>95% interval: profile likelihood, the R where the log-likelihood falls
 *       {@code chi2_1(0.95) / 2 = 1.92} below its maximum (Wilks' theorem).</li>
 *   <li>100% (0%) score: the likelihood keeps rising towards +infinity (-infinity), so there is no finite estimate.
 *       The answer is the exact one-sided 95% bound: the R at which the observed perfect score has probability 5%,
 *       {@code prod E_i(R) = 0.05}, below (above) which such a score would be rarer than 1 in 20. Against a single
 *       opponent this is the Clopper-Pearson bound {@code E = 0.05^(1/n)}.</li>
 * </ul>
 * The opponents' RD is ignored: they are anchors, as in the paper.
 */
public final class MaximumLikelihoodElo {

    /** Log-likelihood drop bounding a two-sided 95% profile-likelihood interval: {@code chi2_1(0.95) / 2 = 1.9207}. */
    public static final double PROFILE_DROP_95 =
            new ChiSquaredDistribution(1).inverseCumulativeProbability(0.95) / 2.0;

    /** Probability of the observed perfect score at the one-sided bound (one-sided 95% confidence). */
    public static final double ONE_SIDED_ALPHA = 0.05;

    /** Bracketing step, rating points; brackets double from here. */
    private static final double STEP = 400.0;
    /** Solver accuracy, rating points: far below any printed precision. */
    private static final double ACCURACY = 1e-6;
    private static final int MAX_EVALUATIONS = 1_000;
    private static final int MAX_EXPANSIONS = 64;
    private static final double LN10_OVER_400 = Math.log(10.0) / 400.0;

    private MaximumLikelihoodElo() {
    }

    /**
     * @param games at least one game; only {@code opponentRating} and {@code score} are used
     * @return the estimate with its 95% interval, or a one-sided bound for a 0% or 100% score
     * @throws IllegalArgumentException if {@code games} is empty
     */
    public static EloEstimate estimate(List<RatedGame> games) {
        if (games.isEmpty()) {
            throw new IllegalArgumentException("no games to estimate an Elo from");
        }
        double points = games.stream().mapToDouble(RatedGame::score).sum();
        double start = games.stream().mapToDouble(RatedGame::opponentRating).average().orElseThrow();
        if (points == games.size()) {
            // ln P(all wins | R) = sum ln E_i rises with R; the bound is where it equals ln 0.05.
            return EloEstimate.lowerBound(crossing(r -> logLikelihood(r, games) - Math.log(ONE_SIDED_ALPHA), start, 0));
        }
        if (points == 0) {
            return EloEstimate.upperBound(crossing(r -> logLikelihood(r, games) - Math.log(ONE_SIDED_ALPHA), start, 0));
        }
        double mle = crossing(r -> expectedPoints(r, games) - points, start, 0);
        double cut = logLikelihood(mle, games) - PROFILE_DROP_95;
        UnivariateFunction drop = r -> logLikelihood(r, games) - cut;
        return EloEstimate.interval(mle, crossing(drop, mle, -1), crossing(drop, mle, +1));
    }

    /**
     * @param rating the player's rating, rating points
     * @param opponentRating the opponent's rating, rating points
     * @return the expected score {@code 1 / (1 + 10^((opponentRating - rating) / 400))}
     */
    public static double expectedScore(double rating, double opponentRating) {
        return 1.0 / (1.0 + Math.pow(10.0, (opponentRating - rating) / 400.0));
    }

    /**
     * @param rating the player's rating, rating points
     * @param games the games
     * @return {@code sum s_i ln E_i + (1 - s_i) ln(1 - E_i)}, computed without underflow for any finite rating
     */
    public static double logLikelihood(double rating, List<RatedGame> games) {
        double sum = 0;
        for (RatedGame game : games) {
            double x = LN10_OVER_400 * (game.opponentRating() - rating);
            // ln E = -softplus(x), ln(1 - E) = -softplus(-x)
            sum -= game.score() * softplus(x) + (1 - game.score()) * softplus(-x);
        }
        return sum;
    }

    private static double expectedPoints(double rating, List<RatedGame> games) {
        double sum = 0;
        for (RatedGame game : games) {
            sum += expectedScore(rating, game.opponentRating());
        }
        return sum;
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * Finds where a function that is monotone on the searched side crosses zero, by doubling a bracket and then
     * solving with Brent's method.
     *
     * @param f the function
     * @param from where to start
     * @param side 0 to search both ways, -1 or +1 when the root lies left or right of {@code from}
     */
    private static double crossing(UnivariateFunction f, double from, int side) {
        if (f.value(from) == 0) {
            return from;
        }
        double lo = from;
        double hi = from;
        double step = STEP;
        for (int i = 0; f.value(lo) * f.value(hi) > 0; i++) {
            if (i == MAX_EXPANSIONS) {
                throw new IllegalStateException("no bracket for the Elo likelihood from " + from);
            }
            if (side <= 0) {
                lo = from - step;
            }
            if (side >= 0) {
                hi = from + step;
            }
            step *= 2;
        }
        return new BrentSolver(ACCURACY).solve(MAX_EVALUATIONS, f, lo, hi);
    }
}
