package dev.transcend.rating;

import dev.transcend.core.ratings.Rating;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The Glicko-2 rating system, step by step as in Mark E. Glickman, "Example of the Glicko-2 system"
 * (Boston University, 2013; http://www.glicko.net/glicko/glicko2.pdf), with the new volatility found by the
 * Illinois variant of regula falsi (the paper's step 5.1-5.5).
 *
 * <p>A pure function: {@link #update} maps a rating and one rating period's games to a new rating. The
 * transcendence paper (Zhang et al., 2024, sec. 4) rates the model <em>sequentially</em>: every game is its own
 * rating period, the model starts at {@link #PAPER_START} with {@link #PAPER_TAU}, and opponents are fixed anchors
 * with RD 0; {@link #sequential} does exactly that. Sequential results depend on the order of the games; the
 * order-independent estimate is {@link MaximumLikelihoodElo}.
 */
public final class Glicko2 {

    /** Glicko to Glicko-2 scale factor, {@code 400 / ln 10}; Glickman (2013, step 2) rounds it to 173.7178. */
    public static final double SCALE = 400.0 / Math.log(10.0);

    /** System constant tau used by the transcendence paper (Zhang et al., 2024, sec. 4); Glickman suggests 0.3-1.2. */
    public static final double PAPER_TAU = 0.5;

    /** The model's starting rating in the paper: 1500 / RD 500 / sigma 0.06 (Zhang et al., 2024, sec. 4). */
    public static final Rating PAPER_START = new Rating(1500.0, 500.0, 0.06);

    /** Convergence tolerance epsilon of the volatility iteration (Glickman 2013, step 5: 0.000001). */
    static final double EPSILON = 1e-6;

    /** Centre of the Glicko-2 scale: mu = (r - 1500) / 173.7178 (Glickman 2013, step 2). */
    private static final double CENTRE = 1500.0;

    /**
     * Largest RD, rating points: a guard against numeric blow-up. Without it the RD of a player whose results carry
     * ever less information (both players updated after one keeps winning, or a 100% score against a fixed anchor)
     * grows without bound (about 3,300 after 300,000 games) until the arithmetic overflows. An RD of 1000 is a 95%
     * interval of +-1960, the whole rating scale; Glickman (2013) starts unrated players at 350, the paper at 500, so
     * no real rating period reaches the cap and Glickman's worked example is unchanged.
     */
    public static final double MAX_RD = 1000.0;

    /**
     * Largest volatility sigma (Glicko-2 scale, per rating period): the second guard. Glickman (2013) suggests 0.06 to
     * start; a sigma of 1 lets the rating move by 174 points per period on volatility alone.
     */
    public static final double MAX_VOLATILITY = 1.0;

    /** Guard against a broken iteration; Illinois converges in well under 100 steps for any sane input. */
    private static final int MAX_ITERATIONS = 10_000;

    private final double tau;

    /**
     * @param tau system constant, constraining the change in volatility over time (Glickman 2013, step 1)
     * @throws IllegalArgumentException if {@code tau} is not positive and finite
     */
    public Glicko2(double tau) {
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("Glicko-2 tau must be positive, got " + tau);
        }
        this.tau = tau;
    }

    /** @return the system of the transcendence paper, tau = {@link #PAPER_TAU} */
    public static Glicko2 paper() {
        return new Glicko2(PAPER_TAU);
    }

    /** @return the system constant tau */
    public double tau() {
        return tau;
    }

    /**
     * Rates the paper's way: every game is its own rating period, in the given order.
     *
     * @param start rating before the first game, e.g. {@link #PAPER_START}
     * @param gamesInOrder the games in the order they count; the result depends on this order
     * @return the rating after the last game ({@code start} if there are none)
     */
    public Rating sequential(Rating start, List<RatedGame> gamesInOrder) {
        Rating rating = start;
        for (RatedGame game : gamesInOrder) {
            rating = update(rating, List.of(game));
        }
        return rating;
    }

    /**
     * One rating period (Glickman 2013, steps 1-8).
     *
     * @param player the rating at the start of the period
     * @param period the games of the period, all played against opponents rated at the start of the period; if empty,
     *               only the RD grows (step 6 with phi' = phi*)
     * @return the rating at the end of the period; its RD is at most {@link #MAX_RD} and its volatility at most
     *         {@link #MAX_VOLATILITY} (guards against numeric blow-up, see there)
     * @throws IllegalStateException if the arithmetic still produced a non-finite value (a bug: the guards should
     *                               prevent it); the message names the inputs ({@link Rating} and {@link RatedGame}
     *                               refuse non-finite values themselves)
     */
    public Rating update(Rating player, List<RatedGame> period) {
        // Step 2: convert to the Glicko-2 scale.
        double mu = (player.rating() - CENTRE) / SCALE;
        double phi = Math.min(player.rd(), MAX_RD) / SCALE;
        double sigma = Math.min(player.volatility(), MAX_VOLATILITY);
        if (period.isEmpty()) {
            return checked(player.rating(), grown(phi, sigma) * SCALE, sigma, player, period);
        }
        // Steps 3 and 4: estimated variance v of the rating from game outcomes alone, and the improvement sum.
        double vInverse = 0;
        double improvement = 0; // sum g(phi_j) (s_j - E)
        for (RatedGame game : period) {
            double muJ = (game.opponentRating() - CENTRE) / SCALE;
            double g = g(game.opponentRd() / SCALE);
            double expected = 1.0 / (1.0 + Math.exp(-g * (mu - muJ)));
            vInverse += g * g * expected * (1 - expected);
            improvement += g * (game.score() - expected);
        }
        if (!(vInverse > 0) || !Double.isFinite(1.0 / vInverse)) {
            // Guard: every expected score is 0 or 1 to double precision (opponents thousands of points away), so the
            // games carry no information; treat the period as one without games.
            return checked(player.rating(), grown(phi, sigma) * SCALE, sigma, player, period);
        }
        double v = 1.0 / vInverse;
        double delta = v * improvement;
        // Step 5: new volatility (guard: at most MAX_VOLATILITY).
        double sigmaNew = Math.min(newVolatility(phi, sigma, v, delta), MAX_VOLATILITY);
        // Step 6: pre-period value of phi, grown by the new volatility (guard: at most MAX_RD).
        double phiStar = grown(phi, sigmaNew);
        // Step 7: new phi and mu.
        double phiNew = 1.0 / Math.sqrt(1.0 / (phiStar * phiStar) + 1.0 / v);
        double muNew = mu + phiNew * phiNew * improvement;
        // Step 8: back to the Glicko scale.
        return checked(SCALE * muNew + CENTRE, SCALE * phiNew, sigmaNew, player, period);
    }

    /** Step 6, phi* = sqrt(phi^2 + sigma^2), at most {@link #MAX_RD} (Glicko-2 scale). */
    private static double grown(double phi, double sigma) {
        return Math.min(Math.sqrt(phi * phi + sigma * sigma), MAX_RD / SCALE);
    }

    private static Rating checked(double rating, double rd, double sigma, Rating player, List<RatedGame> period) {
        if (!Double.isFinite(rating) || !Double.isFinite(rd) || !Double.isFinite(sigma) || !(sigma > 0)) {
            throw new IllegalStateException("Glicko-2 update of " + player + " with " + period + " gave r=" + rating
                    + " RD=" + rd + " sigma=" + sigma);
        }
        return new Rating(rating, rd, sigma);
    }

    /** g(phi) = 1 / sqrt(1 + 3 phi^2 / pi^2), the weight of a game against an opponent with deviation phi (step 3). */
    private static double g(double phi) {
        return 1.0 / Math.sqrt(1.0 + 3.0 * phi * phi / (Math.PI * Math.PI));
    }

    /** Step 5: the root of f(x) = 0, x = ln(sigma'^2), by the Illinois algorithm (steps 5.1-5.5). */
    private double newVolatility(double phi, double sigma, double v, double delta) {
        double a = Math.log(sigma * sigma);
        double phi2 = phi * phi;
        DoubleUnaryOperator f = x -> {
            double ex = Math.exp(x);
            double d = phi2 + v + ex;
            return ex * (delta * delta - phi2 - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
        };
        // Step 5.2: initial bracket [A, B] with f(A) and f(B) of opposite signs.
        double bigA = a;
        double bigB;
        if (delta * delta > phi2 + v) {
            bigB = Math.log(delta * delta - phi2 - v);
        } else {
            int k = 1;
            while (f.applyAsDouble(a - k * tau) < 0) {
                k = checkedNext(k);
            }
            bigB = a - k * tau;
        }
        double fA = f.applyAsDouble(bigA);
        double fB = f.applyAsDouble(bigB);
        // Step 5.4: regula falsi, halving the stale end's value (Illinois) so the bracket shrinks from both sides.
        int iterations = 0;
        while (Math.abs(bigB - bigA) > EPSILON) {
            double bigC = bigA + (bigA - bigB) * fA / (fB - fA);
            double fC = f.applyAsDouble(bigC);
            if (fC * fB <= 0) {
                bigA = bigB;
                fA = fB;
            } else {
                fA = fA / 2;
            }
            bigB = bigC;
            fB = fC;
            iterations = checkedNext(iterations);
        }
        // Step 5.5.
        return Math.exp(bigA / 2);
    }

    private static int checkedNext(int count) {
        if (count >= MAX_ITERATIONS) {
            throw new IllegalStateException("Glicko-2 volatility iteration did not converge");
        }
        return count + 1;
    }
}
