package dev.transcend.rating;

import dev.transcend.core.ladder.FittedRating;
import dev.transcend.core.ladder.LadderGame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LadderFitTest {

    private static final List<String> NAMES = List.of("random", "weak", "middle", "strong");
    private static final double[] TRUE = {0, 250, 450, 800};

    /** Games of every pair with each result drawn from the logistic model at the true ratings. */
    private static List<LadderGame> simulate(int perPair, SplittableRandom rng) {
        List<LadderGame> games = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            for (int j = i + 1; j < NAMES.size(); j++) {
                double e = MaximumLikelihoodElo.expectedScore(TRUE[i], TRUE[j]);
                for (int g = 0; g < perPair; g++) {
                    double s = rng.nextDouble() < e ? 1 : 0;
                    games.add(g % 2 == 0 ? new LadderGame(NAMES.get(i), NAMES.get(j), s)
                            : new LadderGame(NAMES.get(j), NAMES.get(i), 1 - s));
                }
            }
        }
        return games;
    }

    @Test
    void recoversKnownRatingsFromExactScoresAndTheAnchorIsExact() {
        List<LadderGame> games = new ArrayList<>();
        int perPair = 2000;
        for (int i = 0; i < NAMES.size(); i++) {
            for (int j = i + 1; j < NAMES.size(); j++) {
                long wins = Math.round(perPair * MaximumLikelihoodElo.expectedScore(TRUE[i], TRUE[j]));
                for (int g = 0; g < perPair; g++) {
                    games.add(new LadderGame(NAMES.get(i), NAMES.get(j), g < wins ? 1 : 0));
                }
            }
        }
        Map<String, FittedRating> fit = LadderFit.fit(games, "random", 0, 0);
        for (int i = 0; i < NAMES.size(); i++) {
            FittedRating r = fit.get(NAMES.get(i));
            assertEquals(TRUE[i], r.rating(), 2.0, NAMES.get(i));
            assertTrue(r.low95() <= TRUE[i] && TRUE[i] <= r.high95(), NAMES.get(i) + " " + r);
        }
        assertEquals(0, fit.get("random").low95());
        assertEquals(0, fit.get("random").high95());
        // anchored elsewhere, the same differences
        Map<String, FittedRating> shifted = LadderFit.fit(games, "strong", 2000, 0);
        assertEquals(fit.get("weak").rating() - fit.get("strong").rating() + 2000, shifted.get("weak").rating(), 1e-6);
    }

    @Test
    void the95PercentIntervalsCoverTheTrueRatingsAboutAsOftenAsTheySay() {
        SplittableRandom rng = new SplittableRandom(7);
        int covered = 0;
        int total = 0;
        for (int rep = 0; rep < 200; rep++) {
            Map<String, FittedRating> fit = LadderFit.fit(simulate(60, rng), "random", 0);
            for (int i = 1; i < NAMES.size(); i++) {
                FittedRating r = fit.get(NAMES.get(i));
                covered += r.low95() <= TRUE[i] && TRUE[i] <= r.high95() ? 1 : 0;
                total++;
            }
        }
        double coverage = (double) covered / total;
        assertTrue(coverage > 0.90 && coverage < 0.99, "coverage " + coverage);
    }

    @Test
    void aPlayerWhoWonEveryGameGetsAFiniteRatingAboveTheOthersFromTheVirtualDraws() {
        List<LadderGame> games = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            games.add(new LadderGame("a", "b", g % 2));
            games.add(new LadderGame("c", "a", 1));
            games.add(new LadderGame("c", "b", 1));
        }
        Map<String, FittedRating> fit = LadderFit.fit(games, "a", 0);
        FittedRating c = fit.get("c");
        assertTrue(Double.isFinite(c.rating()) && c.rating() > 300 && c.rating() < 1500, c.toString());
        assertTrue(c.low95() > fit.get("a").rating(), c.toString());
        assertThrows(IllegalArgumentException.class, () -> LadderFit.fit(games, "a", 0, 0));
    }

    @Test
    void refusesPlayersTheGamesDoNotConnectToTheAnchor() {
        List<LadderGame> games = List.of(new LadderGame("a", "b", 1), new LadderGame("b", "a", 0.5),
                new LadderGame("c", "d", 1), new LadderGame("d", "c", 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LadderFit.fit(games, "a", 0));
        assertTrue(e.getMessage().contains("[c, d]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LadderFit.fit(games, "nobody", 0));
    }
}
