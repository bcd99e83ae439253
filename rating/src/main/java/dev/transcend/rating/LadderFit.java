package dev.transcend.rating;

import dev.transcend.core.ladder.FittedRating;
import dev.transcend.core.ladder.LadderGame;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joint maximum-likelihood Elo of every player of a round robin or gauntlet from all pairwise results (the ladder of
 * {@code transcend calibrate}), anchored so one player has exactly its stated rating.
 *
 * <p>Model: the logistic Elo model {@code E_ij = 1 / (1 + 10^((r_j - r_i) / 400))} (Elo 1978; the Bradley-Terry
 * model, Bradley and Terry 1952, with strength {@code 10^(r/400)}), draws as half points, so the log-likelihood is
 * {@code l(r) = sum over pairs S_ij ln E_ij + (N_ij - S_ij) ln(1 - E_ij)} with {@code N_ij} games and {@code S_ij}
 * points of i against j (a quasi-likelihood when there are draws, as in {@link MaximumLikelihoodElo}).
 *
 * <p>Prior: one <em>virtual draw</em> per pair that played ({@link #VIRTUAL_DRAWS}), i.e. {@code N_ij += v},
 * {@code S_ij += v/2}, the prior of Coulom's BayesElo (which uses 2). Without it a player with all wins (or all
 * losses) has no finite estimate (the likelihood keeps rising); with it every rating is finite, and the shrinkage
 * towards the opponents is about {@code v / N_ij} of the rating difference (1 virtual draw against 20 real games:
 * a few percent). Such a player's rating rests on the prior; its {@code score} of 1 (or 0) in {@code ladder.csv}
 * says so.
 *
 * <p>Fit: Newton's method on the free ratings (all but the anchor), gradient
 * {@code dl/dr_i = k sum_j (S_ij - N_ij E_ij)}, Hessian {@code -k^2 N_ij E_ij (1 - E_ij)} (k = ln 10 / 400),
 * with step halving; the log-likelihood is concave, so the maximum is unique.
 *
 * <p>Intervals: Wald, {@code r_i +- 1.96 sqrt([I^-1]_ii)} with {@code I = -Hessian} at the maximum, the observed
 * Fisher information with the anchor fixed (so each interval is the uncertainty relative to the anchor; the anchor's
 * is a point).
 *
 * <p>The games must connect every player to the anchor (through any chain of games); a disconnected roster has no
 * common scale and is refused.
 */
public final class LadderFit {

    /** Virtual draws added to every pair that played (BayesElo's prior; see the class comment). */
    public static final double VIRTUAL_DRAWS = 1.0;

    /** Two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private static final double K = Math.log(10.0) / 400.0;
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-9;

    private LadderFit() {
    }

    /**
     * As {@link #fit(List, String, double, double)} with {@link #VIRTUAL_DRAWS}; usable as a
     * {@link dev.transcend.core.ladder.LadderFitter}.
     */
    public static Map<String, FittedRating> fit(List<LadderGame> games, String anchor, double anchorRating) {
        return fit(games, anchor, anchorRating, VIRTUAL_DRAWS);
    }

    /**
     * @param games        every game
     * @param anchor       the player whose rating is fixed
     * @param anchorRating its rating, rating points
     * @param virtualDraws draws added per pair that played, 0 or more (0: the plain maximum likelihood, which then
     *                     needs every player to have both won or drawn and lost or drawn)
     * @return every player's rating with its 95% interval, by name, in order of first appearance
     * @throws IllegalArgumentException if the anchor played no game, the players are not all connected to it by games,
     *                                  or (with no virtual draws) a player won or lost every game
     */
    public static Map<String, FittedRating> fit(List<LadderGame> games, String anchor, double anchorRating,
                                                double virtualDraws) {
        Set<String> names = new LinkedHashSet<>();
        games.forEach(g -> {
            names.add(g.white());
            names.add(g.black());
        });
        if (!names.contains(anchor)) {
            throw new IllegalArgumentException("the anchor '" + anchor + "' played no calibration game; players: "
                    + names);
        }
        List<String> players = new ArrayList<>(names);
        int n = players.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(players.get(i), i);
        }
        double[][] count = new double[n][n];
        double[][] points = new double[n][n];
        for (LadderGame g : games) {
            int w = index.get(g.white());
            int b = index.get(g.black());
            count[w][b]++;
            count[b][w]++;
            points[w][b] += g.whiteScore();
            points[b][w] += 1 - g.whiteScore();
        }
        requireConnected(players, count, index.get(anchor));
        if (virtualDraws == 0) {
            requireMixedScores(players, count, points);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (count[i][j] > 0) {
                    count[i][j] += virtualDraws;
                    points[i][j] += virtualDraws / 2;
                }
            }
        }
        int a = index.get(anchor);
        double[] r = new double[n];
        java.util.Arrays.fill(r, anchorRating);
        double ll = logLikelihood(r, count, points);
        for (int iteration = 0; ; iteration++) {
            if (iteration == MAX_ITERATIONS) {
                throw new IllegalArgumentException("the ladder fit did not converge in " + MAX_ITERATIONS
                        + " Newton steps; a player probably won or lost every game (use virtual draws)");
            }
            RealVector step = solver(r, count, a).solve(gradient(r, count, points, a));
            double scale = 1;
            double[] next;
            double nextLl;
            do {
                next = moved(r, step, a, scale);
                nextLl = logLikelihood(next, count, points);
                scale /= 2;
            } while (nextLl < ll - 1e-12 && scale > 1e-12);
            r = next;
            ll = nextLl;
            if (step.getLInfNorm() < TOLERANCE) { // the full Newton step, rating points
                break;
            }
        }
        RealMatrix covariance = solver(r, count, a).getInverse();
        Map<String, FittedRating> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int row = i < a ? i : i - 1;
            double half = i == a ? 0 : Z95 * Math.sqrt(covariance.getEntry(row, row));
            out.put(players.get(i), new FittedRating(r[i], r[i] - half, r[i] + half));
        }
        return out;
    }

    /** @throws IllegalArgumentException naming the players no chain of games links to the anchor */
    private static void requireConnected(List<String> players, double[][] count, int anchor) {
        boolean[] seen = new boolean[players.size()];
        Deque<Integer> queue = new ArrayDeque<>(List.of(anchor));
        seen[anchor] = true;
        while (!queue.isEmpty()) {
            int i = queue.pop();
            for (int j = 0; j < players.size(); j++) {
                if (count[i][j] > 0 && !seen[j]) {
                    seen[j] = true;
                    queue.push(j);
                }
            }
        }
        List<String> unreached = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if (!seen[i]) {
                unreached.add(players.get(i));
            }
        }
        if (!unreached.isEmpty()) {
            throw new IllegalArgumentException("the games do not connect " + unreached + " to the anchor '"
                    + players.get(anchor) + "': players with no chain of games to it have no rating on its scale;"
                    + " play them against the rest");
        }
    }

    /** @throws IllegalArgumentException naming a player with all wins or all losses (no finite maximum) */
    private static void requireMixedScores(List<String> players, double[][] count, double[][] points) {
        for (int i = 0; i < players.size(); i++) {
            double games = 0;
            double score = 0;
            for (int j = 0; j < players.size(); j++) {
                games += count[i][j];
                score += points[i][j];
            }
            if (score == 0 || score == games) {
                throw new IllegalArgumentException(players.get(i) + " " + (score == 0 ? "lost" : "won") + " every game:"
                        + " its maximum-likelihood rating is infinite; fit with virtual draws");
            }
        }
    }

    private static double expected(double ri, double rj) {
        return 1.0 / (1.0 + Math.pow(10.0, (rj - ri) / 400.0));
    }

    private static double logLikelihood(double[] r, double[][] count, double[][] points) {
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = i + 1; j < r.length; j++) {
                if (count[i][j] > 0) {
                    double x = K * (r[j] - r[i]); // ln E_ij = -softplus(x), ln(1 - E_ij) = -softplus(-x)
                    sum -= points[i][j] * softplus(x) + (count[i][j] - points[i][j]) * softplus(-x);
                }
            }
        }
        return sum;
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** @return the gradient over the free ratings (the anchor's entry left out) */
    private static RealVector gradient(double[] r, double[][] count, double[][] points, int anchor) {
        RealVector g = new ArrayRealVector(r.length - 1);
        for (int i = 0; i < r.length; i++) {
            if (i == anchor) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < r.length; j++) {
                if (count[i][j] > 0) {
                    sum += points[i][j] - count[i][j] * expected(r[i], r[j]);
                }
            }
            g.setEntry(i < anchor ? i : i - 1, K * sum);
        }
        return g;
    }

    /** @return a solver for the observed information {@code -Hessian} over the free ratings (positive definite) */
    private static DecompositionSolver solver(double[] r, double[][] count, int anchor) {
        int n = r.length;
        RealMatrix info = new Array2DRowRealMatrix(n - 1, n - 1);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (count[i][j] == 0) {
                    continue;
                }
                double e = expected(r[i], r[j]);
                double w = K * K * count[i][j] * e * (1 - e);
                if (i != anchor) {
                    int ii = i < anchor ? i : i - 1;
                    info.addToEntry(ii, ii, w);
                }
                if (j != anchor) {
                    int jj = j < anchor ? j : j - 1;
                    info.addToEntry(jj, jj, w);
                }
                if (i != anchor && j != anchor) {
                    int ii = i < anchor ? i : i - 1;
                    int jj = j < anchor ? j : j - 1;
                    info.addToEntry(ii, jj, -w);
                    info.addToEntry(jj, ii, -w);
                }
            }
        }
        return new CholeskyDecomposition(info, 1e-12, 1e-300).getSolver();
    }

    private static double[] moved(double[] r, RealVector step, int anchor, double scale) {
        double[] next = r.clone();
        for (int i = 0; i < r.length; i++) {
            if (i != anchor) {
                next[i] += scale * step.getEntry(i < anchor ? i : i - 1);
            }
        }
        return next;
    }
}
