package dev.transcend.core.ratings;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.games.GameRow;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A sequential probability ratio test (Wald, "Sequential tests of statistical hypotheses", Ann. Math. Statist. 16,
 * 1945) of "the model's rating is above X", settings and maths; the sweep's {@code sprt:} setting and the rate
 * stage's SPRT columns.
 *
 * <p>Hypotheses, Elo points: H0 rating = X + {@code elo0}, H1 rating = X + {@code elo1} (as cutechess's and fishtest's
 * elo0/elo1, here offsets from X; between the two is the indifference zone). The games are against fixed-rated
 * opponents of different strengths, so the likelihood is the logistic Elo model the maximum-likelihood Elo uses:
 * E_i(R) = 1 / (1 + 10^((R_i - R) / 400)), a game scoring s_i (1, 0.5 or 0) contributing s_i ln E_i + (1 - s_i)
 * ln(1 - E_i) (draws as half points, a quasi-likelihood). The log-likelihood ratio is
 * LLR = sum_i s_i ln(E_i(X + elo1) / E_i(X + elo0)) + (1 - s_i) ln((1 - E_i(X + elo1)) / (1 - E_i(X + elo0))),
 * compared with Wald's bounds ln(beta / (1 - alpha)) and ln((1 - beta) / alpha) (the bounds cutechess's
 * {@code sprt.cpp} and fishtest use; their likelihoods are the trinomial BayesElo and a normal approximation of one
 * opponent's score, which do not apply to a panel of opponents of different ratings). The LLR is a sum over games,
 * so it does not depend on their order.
 *
 * @param above X: {@code cap} (the model's training-data cap), {@code best} (the highest-rated opponent) or an Elo
 *              number (default {@code cap})
 * @param elo0 H0's offset from X, Elo (default -50)
 * @param elo1 H1's offset from X, Elo (default 50)
 * @param alpha the probability of accepting H1 when H0 holds (default 0.05)
 * @param beta the probability of accepting H0 when H1 holds (default 0.05)
 */
public record Sprt(String above, Double elo0, Double elo1, Double alpha, Double beta) {

    /** {@code above} for the model's training-data cap. */
    public static final String CAP = "cap";
    /** {@code above} for the highest-rated opponent (the best expert). */
    public static final String BEST = "best";

    /** @throws ConfigException naming the key, the value and what is allowed */
    public Sprt {
        above = above == null ? CAP : above.trim();
        elo0 = elo0 == null ? -50.0 : elo0;
        elo1 = elo1 == null ? 50.0 : elo1;
        alpha = alpha == null ? 0.05 : alpha;
        beta = beta == null ? 0.05 : beta;
        if (!above.equals(CAP) && !above.equals(BEST) && number(above).isEmpty()) {
            throw new ConfigException("sprt.above: '" + above + "' is not allowed; use 'cap', 'best' or an Elo number");
        }
        if (!Double.isFinite(elo0) || !Double.isFinite(elo1) || !(elo0 < elo1) || elo1 - elo0 > 2000) {
            throw new ConfigException("sprt.elo0 " + elo0 + " and sprt.elo1 " + elo1 + " are not allowed; use finite "
                    + "offsets with elo0 < elo1, at most 2000 apart (e.g. -50 and 50)");
        }
        if (!(alpha > 0 && alpha < 0.5) || !(beta > 0 && beta < 0.5)) {
            throw new ConfigException("sprt.alpha " + alpha + " and sprt.beta " + beta + " are not allowed; use "
                    + "error rates in (0, 0.5), e.g. 0.05");
        }
    }

    /** @return a test of "rating above {@code above}" with the default elo0, elo1, alpha and beta */
    public static Sprt above(String above) {
        return new Sprt(above, null, null, null, null);
    }

    /**
     * @param cap the model's training-data cap, if known
     * @param bestOpponent the highest opponent rating, Elo
     * @return X, or empty when {@code above} is {@code cap} and there is no cap
     */
    public OptionalDouble threshold(OptionalInt cap, double bestOpponent) {
        if (above.equals(CAP)) {
            return cap.isPresent() ? OptionalDouble.of(cap.getAsInt()) : OptionalDouble.empty();
        }
        return above.equals(BEST) ? OptionalDouble.of(bestOpponent) : number(above);
    }

    /** @return Wald's lower bound ln(beta / (1 - alpha)): at or below it, H0 is accepted */
    public double lowerBound() {
        return Math.log(beta / (1 - alpha));
    }

    /** @return Wald's upper bound ln((1 - beta) / alpha): at or above it, H1 is accepted */
    public double upperBound() {
        return Math.log((1 - beta) / alpha);
    }

    /**
     * @param threshold X, Elo
     * @param games the model's games (its score, the opponent's rating), in any order
     * @return the log-likelihood ratio over {@code games} and its decision
     */
    public SprtVerdict verdict(double threshold, List<GameRow> games) {
        double llr = 0;
        for (GameRow g : games) {
            llr += llr(threshold, g.opponentRating(), g.modelScore());
        }
        return new SprtVerdict(threshold, elo0, elo1, games.size(), llr, lowerBound(), upperBound(),
                SprtVerdict.decide(llr, lowerBound(), upperBound()));
    }

    /**
     * @param threshold X, Elo
     * @param opponentRating the opponent's rating, Elo
     * @param score the model's score, 0..1
     * @return one game's term of the log-likelihood ratio
     */
    public double llr(double threshold, double opponentRating, double score) {
        // ln E = -ln(1 + 10^(d / 400)) with d = R_opp - R, written with log1p/exp so a distant opponent stays finite.
        double lnE1 = lnExpected(opponentRating - threshold - elo1);
        double lnE0 = lnExpected(opponentRating - threshold - elo0);
        double lnNotE1 = lnExpected(threshold + elo1 - opponentRating);
        double lnNotE0 = lnExpected(threshold + elo0 - opponentRating);
        return score * (lnE1 - lnE0) + (1 - score) * (lnNotE1 - lnNotE0);
    }

    /** @return ln(1 / (1 + 10^(d / 400))), stable for large |d| */
    private static double lnExpected(double d) {
        double x = d * Math.log(10) / 400; // ln(10^(d/400))
        return x > 0 ? -x - Math.log1p(Math.exp(-x)) : -Math.log1p(Math.exp(x));
    }

    private static OptionalDouble number(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
