package dev.transcend.core.ratings;

/**
 * The state of a sequential probability ratio test ({@link Sprt}) after some games: H0 "rating = above + elo0"
 * against H1 "rating = above + elo1", Elo points.
 *
 * @param above the threshold X, Elo (the cap, the best opponent's rating or a given number)
 * @param elo0 H0's offset from X, Elo (negative: "not above X")
 * @param elo1 H1's offset from X, Elo (positive: "above X"); {@code elo0 < elo1}
 * @param games games the log-likelihood ratio sums over
 * @param llr log-likelihood ratio ln(L1 / L0), natural log
 * @param lower Wald's lower bound ln(beta / (1 - alpha)); at or below it H0 is accepted
 * @param upper Wald's upper bound ln((1 - beta) / alpha); at or above it H1 is accepted
 * @param decision what the ratio says against the bounds
 */
public record SprtVerdict(double above, double elo0, double elo1, int games, double llr, double lower, double upper,
                          SprtDecision decision) {

    /** @throws IllegalArgumentException if a number is not finite or the bounds are not lower < 0 < upper */
    public SprtVerdict {
        for (double v : new double[] {above, elo0, elo1, llr, lower, upper}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("SPRT numbers must be finite, got " + v);
            }
        }
        if (!(elo0 < elo1) || !(lower < 0 && 0 < upper) || games < 0) {
            throw new IllegalArgumentException("SPRT needs elo0 < elo1, lower < 0 < upper and games >= 0; got elo0 "
                    + elo0 + ", elo1 " + elo1 + ", bounds " + lower + ", " + upper + ", games " + games);
        }
    }

    /** @return the decision Wald's rule gives for {@code llr} between {@code lower} and {@code upper} */
    static SprtDecision decide(double llr, double lower, double upper) {
        return llr >= upper ? SprtDecision.ACCEPT_H1 : llr <= lower ? SprtDecision.ACCEPT_H0 : SprtDecision.CONTINUE;
    }
}
