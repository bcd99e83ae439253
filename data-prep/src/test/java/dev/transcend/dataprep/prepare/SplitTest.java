package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.Split;

import dev.transcend.dataprep.filter.Duplicates;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitTest {

    @Test
    void theSameMovesAlwaysLandInTheSameSplit() {
        long key = Duplicates.movesKey(new int[] {300, 1500, 42, 7});
        Split first = Split.of(key, 0, 0.5);
        for (int i = 0; i < 10; i++) {
            assertEquals(first, Split.of(Duplicates.movesKey(new int[] {300, 1500, 42, 7}), 0, 0.5));
        }
    }

    @Test
    void validationShareMatchesTheFractionAndTheSeedChangesTheAssignment() {
        SplittableRandom random = new SplittableRandom(1);
        int n = 200_000;
        int validation = 0;
        int moved = 0;
        for (int i = 0; i < n; i++) {
            long key = random.nextLong();
            Split split = Split.of(key, 0, 0.05);
            validation += split == Split.VALIDATION ? 1 : 0;
            moved += split != Split.of(key, 1, 0.05) ? 1 : 0;
        }
        assertEquals(0.05, validation / (double) n, 0.003); // 6 standard errors
        assertTrue(moved > n * 0.05, "another seed gives another split: " + moved);
        assertEquals(Split.TRAIN, Split.of(123, 0, 0.0));
    }

    @Test
    void shardNamesArePaddedToFiveDigits() {
        assertEquals("train-00000.shard", Split.TRAIN.shardName(0));
        assertEquals("validation-00012.shard", Split.VALIDATION.shardName(12));
    }
}
