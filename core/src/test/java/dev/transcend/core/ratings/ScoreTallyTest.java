package dev.transcend.core.ratings;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreTallyTest {

    @Test
    void countsScoresAndHalfPoints() {
        ScoreTally t = ScoreTally.EMPTY.plus(1).plus(0.5).plus(0).plus(1);
        assertEquals(new ScoreTally(2, 1, 1), t);
        assertEquals(4, t.games());
        assertEquals(2.5, t.points());
        assertEquals(0.625, t.score());
    }

    @Test
    void wilsonIntervalMatchesTheTextbookValue() {
        // 8 successes in 10 trials, z = 1.96: Wilson's formula worked by hand gives [0.4902, 0.9433].
        ScoreTally t = new ScoreTally(8, 0, 2);
        assertEquals(0.4902, t.wilsonLow95(), 1e-4);
        assertEquals(0.9433, t.wilsonHigh95(), 1e-4);
    }

    @Test
    void wilsonIntervalStaysInsideZeroOneAtTheExtremes() {
        ScoreTally allWins = new ScoreTally(20, 0, 0);
        assertEquals(1.0, allWins.wilsonHigh95(), 1e-12);
        assertTrue(allWins.wilsonLow95() > 0.8 && allWins.wilsonLow95() < 1);
        assertEquals(0.0, new ScoreTally(0, 0, 20).wilsonLow95(), 1e-12);
        assertEquals(0.0, ScoreTally.EMPTY.wilsonLow95());
        assertEquals(1.0, ScoreTally.EMPTY.wilsonHigh95());
    }

    @Test
    void rejectsOtherScores() {
        assertThrows(IllegalArgumentException.class, () -> ScoreTally.EMPTY.plus(0.25));
    }
}
