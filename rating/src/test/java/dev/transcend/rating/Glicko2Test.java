package dev.transcend.rating;

import dev.transcend.core.ratings.Rating;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Glicko2Test {

    /** Glickman, "Example of the Glicko-2 system" (2013), the worked example of steps 1-8. */
    private static final Rating PLAYER = new Rating(1500, 200, 0.06);
    private static final List<RatedGame> PERIOD = List.of(
            new RatedGame(1400, 30, 1.0),
            new RatedGame(1550, 100, 0.0),
            new RatedGame(1700, 300, 0.0));

    @Test
    void glickmansWorkedExampleMatchesThePaperToTheShownDecimals() {
        Rating after = new Glicko2(0.5).update(PLAYER, PERIOD);

        // The paper computes on the Glicko-2 scale and shows mu' = -0.2069, phi' = 0.8722, sigma' = 0.05999.
        double mu = (after.rating() - 1500) / 173.7178;
        double phi = after.rd() / 173.7178;
        assertEquals(-0.2069, Math.round(mu * 1e4) / 1e4);
        assertEquals(0.8722, Math.round(phi * 1e4) / 1e4);
        assertEquals(0.05999, after.volatility(), 1e-5);
        // It then shows r' = 1464.06 and RD' = 151.52, converted from those rounded values; exact arithmetic lands
        // within 0.01 of both.
        assertEquals(1464.06, after.rating(), 0.01);
        assertEquals(151.52, after.rd(), 0.01);
    }

    @Test
    void glickmansWorkedExampleMatchesAnIndependentUnroundedComputation() {
        // Reference values from a separate double-precision implementation of the same eight steps (no rounding of
        // intermediate values, which is why they differ from the paper in the last shown decimal).
        Rating after = new Glicko2(0.5).update(PLAYER, PERIOD);
        assertEquals(1464.0507, after.rating(), 1e-4);
        assertEquals(151.5165, after.rd(), 1e-4);
        assertEquals(0.0599960, after.volatility(), 1e-7);
    }

    @Test
    void emptyPeriodOnlyWidensTheDeviation() {
        Rating after = Glicko2.paper().update(PLAYER, List.of());
        double phi = 200 / Glicko2.SCALE;
        assertEquals(1500, after.rating());
        assertEquals(Math.sqrt(phi * phi + 0.06 * 0.06) * Glicko2.SCALE, after.rd(), 1e-9);
        assertEquals(0.06, after.volatility());
    }

    @Test
    void sequentialRatingRisesWithWinsAndFallsWithLossesAgainstAnchors() {
        Glicko2 glicko = Glicko2.paper();
        Rating wins = glicko.sequential(Glicko2.PAPER_START, List.of(
                RatedGame.againstAnchor(1554, 1), RatedGame.againstAnchor(1554, 1), RatedGame.againstAnchor(1554, 1)));
        Rating losses = glicko.sequential(Glicko2.PAPER_START, List.of(
                RatedGame.againstAnchor(1554, 0), RatedGame.againstAnchor(1554, 0), RatedGame.againstAnchor(1554, 0)));
        assertTrue(wins.rating() > 1554, "three wins against 1554 from 1500/RD 500: " + wins);
        assertTrue(losses.rating() < 1500, "three losses: " + losses);
        assertTrue(wins.rd() < 500 && losses.rd() < 500, "RD shrinks with games");
    }

    @Test
    void sequentialEqualsUpdatingOneGameAtATime() {
        Glicko2 glicko = Glicko2.paper();
        List<RatedGame> games = List.of(RatedGame.againstAnchor(1554, 1), RatedGame.againstAnchor(1867, 0.5));
        Rating stepwise = glicko.update(glicko.update(Glicko2.PAPER_START, games.subList(0, 1)), games.subList(1, 2));
        assertEquals(stepwise, glicko.sequential(Glicko2.PAPER_START, games));
    }

    @Test
    void longSequencesStayFinite() {
        Glicko2 glicko = Glicko2.paper();
        List<RatedGame> allWins = java.util.Collections.nCopies(300, RatedGame.againstAnchor(2148, 1));
        Rating after = glicko.sequential(Glicko2.PAPER_START, allWins);
        assertTrue(Double.isFinite(after.rating()) && after.rating() > 2148, after.toString());
        assertTrue(after.rd() > 0, after.toString());
    }

    /**
     * The blow-up the issue reported: both players updated after every game, one always winning. Unguarded, the RDs
     * grow without bound (3,160 after 400,000 games, the ratings 12,750 and -9,750) until the arithmetic overflows;
     * guarded, they stop at {@link Glicko2#MAX_RD} and every number stays finite.
     */
    @Test
    void bothPlayersUpdatedForHundredsOfThousandsOfGamesStayFinite() {
        Glicko2 glicko = Glicko2.paper();
        Rating winner = new Rating(1500, 350, 0.06);
        Rating loser = new Rating(1500, 350, 0.06);
        for (int i = 0; i < 300_000; i++) {
            Rating w = glicko.update(winner, List.of(new RatedGame(loser.rating(), loser.rd(), 1)));
            Rating l = glicko.update(loser, List.of(new RatedGame(winner.rating(), winner.rd(), 0)));
            winner = w;
            loser = l;
        }
        for (Rating r : List.of(winner, loser)) {
            assertTrue(Double.isFinite(r.rating()) && r.rd() <= Glicko2.MAX_RD && r.volatility() <= Glicko2.MAX_VOLATILITY,
                    r.toString());
            assertTrue(Math.abs(r.rating() - 1500) < 20_000, r.toString());
        }
        assertTrue(winner.rating() > loser.rating());
    }

    @Test
    void aPerfectScoreAgainstAnAnchorForHundredsOfThousandsOfGamesStaysFinite() {
        Rating after = Glicko2.paper().sequential(Glicko2.PAPER_START,
                java.util.Collections.nCopies(300_000, RatedGame.againstAnchor(1500, 1)));
        assertTrue(Double.isFinite(after.rating()) && after.rating() > 1500, after.toString());
        assertTrue(after.rd() <= Glicko2.MAX_RD, after.toString());
    }

    /** An opponent so far away that the expected score is exactly 1 in doubles: the game carries no information. */
    @Test
    void aGameWithoutInformationOnlyGrowsTheRd() {
        Rating before = new Rating(1500, 200, 0.06);
        Rating after = Glicko2.paper().update(before, List.of(RatedGame.againstAnchor(-1_000_000, 1)));
        assertEquals(1500, after.rating());
        assertEquals(Glicko2.paper().update(before, List.of()), after);
        Rating capped = Glicko2.paper().update(new Rating(1500, 999.99, 0.06), List.of());
        assertEquals(Glicko2.MAX_RD, capped.rd(), 1e-9);
    }

    @Test
    void rejectsNonPositiveTau() {
        assertThrows(IllegalArgumentException.class, () -> new Glicko2(0));
    }
}
