package dev.transcend.arena.game;

import dev.transcend.core.chess.Position;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpeningTest {

    @Test
    void openingsAreDistinctLegalOfTheAskedLengthAndRepeatableFromTheSeed() {
        List<Opening> openings = Opening.distinct(50, 4, 11);
        assertEquals(50, openings.size());
        assertEquals(50, new HashSet<>(openings).size());
        for (Opening o : openings) {
            assertEquals(4, o.plies());
            assertFalse(Position.afterMoves(o.moves()).end().isPresent()); // afterMoves checks every move is legal
        }
        assertEquals(openings, Opening.distinct(50, 4, 11));
        assertEquals(openings.subList(0, 10), Opening.distinct(10, 4, 11), "a longer list starts with the same ones");
        assertFalse(openings.equals(Opening.distinct(50, 4, 12)));
    }

    @Test
    void zeroPliesIsTheStandardStartAndTooFewDistinctOpeningsAreRefused() {
        assertEquals(List.of(Opening.START, Opening.START), Opening.distinct(2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Opening.distinct(100, 1, 0)); // only 20 first moves
    }
}
