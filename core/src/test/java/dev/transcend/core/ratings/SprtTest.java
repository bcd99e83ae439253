package dev.transcend.core.ratings;

import dev.transcend.core.chess.Color;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SprtTest {

    private static final Sprt DEFAULT = Sprt.above("1500");

    static GameRow game(double opponentRating, double score, int index) {
        Outcome result = score == 1 ? Outcome.WHITE_WIN : score == 0 ? Outcome.BLACK_WIN : Outcome.DRAW;
        Termination termination = score == 0.5 ? Termination.MOVE_LIMIT : Termination.CHECKMATE;
        return new GameRow("m", OptionalInt.of(1500), SamplingProtocol.LEGAL_MOVES, 1.0, "opp" + (int) opponentRating,
                opponentRating, false, index, Color.WHITE, result, score, termination, 40, 0, index, 1, "");
    }

    /** Feeds games one at a time, as a sweep does, and returns the verdict at the first decision (or after all). */
    private static SprtVerdict firstDecision(Sprt sprt, double x, List<GameRow> games) {
        List<GameRow> seen = new ArrayList<>();
        SprtVerdict v = sprt.verdict(x, seen);
        for (GameRow g : games) {
            seen.add(g);
            v = sprt.verdict(x, seen);
            if (v.decision().decided()) {
                return v;
            }
        }
        return v;
    }

    private static List<GameRow> repeat(int n, double opponent, double score) {
        List<GameRow> games = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            games.add(game(opponent, score, i));
        }
        return games;
    }

    @Test
    void waldBoundsAreTheCutechessOnes() {
        assertEquals(Math.log(0.05 / 0.95), DEFAULT.lowerBound(), 1e-12);
        assertEquals(Math.log(0.95 / 0.05), DEFAULT.upperBound(), 1e-12);
    }

    @Test
    void oneGameTermIsTheLogisticLikelihoodRatio() {
        double e1 = 1 / (1 + Math.pow(10, (1600 - 1550) / 400.0));
        double e0 = 1 / (1 + Math.pow(10, (1600 - 1450) / 400.0));
        assertEquals(Math.log(e1 / e0), DEFAULT.llr(1500, 1600, 1), 1e-12);
        assertEquals(Math.log((1 - e1) / (1 - e0)), DEFAULT.llr(1500, 1600, 0), 1e-12);
        assertEquals(0.5 * Math.log(e1 / e0) + 0.5 * Math.log((1 - e1) / (1 - e0)), DEFAULT.llr(1500, 1600, 0.5), 1e-12);
        // A distant opponent stays finite and nearly uninformative.
        double far = DEFAULT.llr(1500, 9000, 0);
        assertTrue(Double.isFinite(far) && Math.abs(far) < 1e-6, "far " + far);
    }

    @Test
    void aClearlyStrongResultStopsEarlyAcceptingH1() {
        // Each win against an opponent rated X adds ln(E(+50) / E(-50)) = 0.2878; ln 19 = 2.944 needs 11 of them.
        SprtVerdict v = firstDecision(DEFAULT, 1500, repeat(100, 1500, 1));
        assertEquals(SprtDecision.ACCEPT_H1, v.decision());
        assertEquals(11, v.games());
        assertTrue(v.llr() >= v.upper());
    }

    @Test
    void aClearlyWeakResultStopsEarlyAcceptingH0() {
        SprtVerdict v = firstDecision(DEFAULT, 1500, repeat(100, 1500, 0));
        assertEquals(SprtDecision.ACCEPT_H0, v.decision());
        assertEquals(11, v.games());
        assertTrue(v.llr() <= v.lower());
    }

    @Test
    void aBorderlineResultContinues() {
        // Half the points against opponents at X: the likelihoods of X - 50 and X + 50 are equal, LLR 0.
        List<GameRow> games = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            games.add(game(1500, i % 2, i));
            games.add(game(1500, 0.5, i));
        }
        SprtVerdict v = firstDecision(DEFAULT, 1500, games);
        assertEquals(SprtDecision.CONTINUE, v.decision());
        assertEquals(1000, v.games());
        assertEquals(0, v.llr(), 1e-9);
    }

    @Test
    void theRatioDoesNotDependOnTheOrder() {
        List<GameRow> games = new ArrayList<>(repeat(5, 1300, 1));
        games.addAll(repeat(3, 1700, 0));
        games.addAll(repeat(4, 1500, 0.5));
        double llr = DEFAULT.verdict(1500, games).llr();
        Collections.shuffle(games, new Random(3));
        assertEquals(llr, DEFAULT.verdict(1500, games).llr(), 1e-12);
    }

    /**
     * Games simulated from a known rating against a panel of three opponents, fixed seeds: a model 300 above X is
     * accepted as above, one 300 below as not, each after far fewer games than a fixed 300-game cell; at H0's own
     * rating (X - 50) H1 is accepted rarely (Wald: at most about alpha / (1 - beta) = 5.3%).
     */
    @Test
    void simulatedCellsAreDecidedEarlyAndRarelyWrong() {
        double x = 1500;
        double[] panel = {1200, 1500, 1800};
        int strongGames = 0;
        int weakGames = 0;
        int falseH1 = 0;
        int replicates = 200;
        for (int rep = 0; rep < replicates; rep++) {
            SprtVerdict strong = simulate(x, x + 300, panel, new Random(1000 + rep));
            SprtVerdict weak = simulate(x, x - 300, panel, new Random(2000 + rep));
            SprtVerdict atH0 = simulate(x, x - 50, panel, new Random(3000 + rep));
            assertEquals(SprtDecision.ACCEPT_H1, strong.decision(), "replicate " + rep);
            assertEquals(SprtDecision.ACCEPT_H0, weak.decision(), "replicate " + rep);
            strongGames += strong.games();
            weakGames += weak.games();
            falseH1 += atH0.decision() == SprtDecision.ACCEPT_H1 ? 1 : 0;
        }
        assertTrue(strongGames / (double) replicates < 60, "mean games to accept H1: " + strongGames / 200.0);
        assertTrue(weakGames / (double) replicates < 60, "mean games to accept H0: " + weakGames / 200.0);
        assertTrue(falseH1 <= 0.08 * replicates, "accepted H1 at H0's rating in " + falseH1 + " of " + replicates);
    }

    private static SprtVerdict simulate(double x, double truth, double[] panel, Random random) {
        List<GameRow> games = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            double opponent = panel[i % panel.length];
            double e = 1 / (1 + Math.pow(10, (opponent - truth) / 400));
            games.add(game(opponent, random.nextDouble() < e ? 1 : 0, i));
        }
        return firstDecision(DEFAULT, x, games);
    }

    @Test
    void thresholdIsTheCapTheBestOpponentOrANumber() {
        assertEquals(OptionalDouble.of(1000), Sprt.above("cap").threshold(OptionalInt.of(1000), 1867));
        assertEquals(OptionalDouble.empty(), Sprt.above("cap").threshold(OptionalInt.empty(), 1867));
        assertEquals(OptionalDouble.of(1867), Sprt.above("best").threshold(OptionalInt.of(1000), 1867));
        assertEquals(OptionalDouble.of(1554.5), Sprt.above("1554.5").threshold(OptionalInt.of(1000), 1867));
        assertEquals("cap", new Sprt(null, null, null, null, null).above());
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertTrue(assertThrows(ConfigException.class, () -> Sprt.above("strong")).getMessage()
                .contains("sprt.above: 'strong'"));
        assertThrows(ConfigException.class, () -> new Sprt("cap", 50.0, -50.0, null, null));
        assertThrows(ConfigException.class, () -> new Sprt("cap", null, null, 0.0, null));
        assertThrows(ConfigException.class, () -> new Sprt("cap", null, null, null, 0.5));
        assertThrows(ConfigException.class, () -> Sprt.above("NaN"));
    }
}
