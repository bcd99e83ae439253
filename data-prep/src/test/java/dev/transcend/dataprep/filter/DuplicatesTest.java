package dev.transcend.dataprep.filter;

import dev.transcend.core.chess.ByColor;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicatesTest {

    @Test
    void sameMovesAndRatingsAreADuplicateOtherwiseNot() {
        Duplicates seen = new Duplicates();
        long moves = Duplicates.movesKey(new int[] {300, 1500, 42});
        assertTrue(seen.firstTime(moves, new ByColor<>(1000, 900)));
        assertFalse(seen.firstTime(Duplicates.movesKey(new int[] {300, 1500, 42}), new ByColor<>(1000, 900)));
        assertTrue(seen.firstTime(moves, new ByColor<>(900, 1000)), "ratings swapped is another game");
        assertTrue(seen.firstTime(Duplicates.movesKey(new int[] {300, 1500}), new ByColor<>(1000, 900)));
        assertEquals(3, seen.size());
    }

    @Test
    void gamesWithIdsAreMatchedByIdAndIdLessCopiesByContent() {
        Duplicates seen = new Duplicates();
        long moves = Duplicates.movesKey(new int[] {300, 1500, 42});
        ByColor<Integer> elo = new ByColor<>(1000, 900);
        assertTrue(seen.check(Optional.of("lichess:aaaaaaaa"), moves, elo).isEmpty());
        assertTrue(seen.check(Optional.of("lichess:bbbbbbbb"), moves, elo).isEmpty(),
                "another game with the same moves and ratings is another game");
        assertEquals("same game id (lichess:aaaaaaaa) as a game kept earlier",
                seen.check(Optional.of("lichess:aaaaaaaa"), Duplicates.movesKey(new int[] {1}), elo).orElseThrow());
        assertEquals("same moves and ratings as a game kept earlier (this game has no id)",
                seen.check(Optional.empty(), moves, elo).orElseThrow(), "an id-less copy of a kept game");
        assertTrue(seen.check(Optional.empty(), moves, new ByColor<>(900, 1000)).isEmpty());
        assertEquals(3, seen.size());
    }

    @Test
    void movesKeyDependsOnOrderAndLength() {
        assertNotEquals(Duplicates.movesKey(new int[] {1, 2}), Duplicates.movesKey(new int[] {2, 1}));
        assertNotEquals(Duplicates.movesKey(new int[] {}), Duplicates.movesKey(new int[] {0}));
    }

    @Test
    void growsPastItsInitialTableWithoutLosingGames() {
        Duplicates seen = new Duplicates();
        Random random = new Random(7);
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextLong();
            keys.add(key);
            seen.firstTime(key, new ByColor<>(1000, 1000));
        }
        assertEquals(keys.size(), seen.size());
        for (long key : keys) {
            assertFalse(seen.firstTime(key, new ByColor<>(1000, 1000)));
        }
    }
}
