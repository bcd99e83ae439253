package dev.transcend.dataprep.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NormalizedEntropyTest {

    @Test
    void equalCountsAreOneAndASingleMoveIsZero() {
        assertEquals(1.0, NormalizedEntropy.of(new long[] {4, 4}), 1e-12);
        assertEquals(1.0, NormalizedEntropy.of(new long[] {7, 7, 7}), 1e-12);
        assertEquals(2.0, NormalizedEntropy.bits(new long[] {1, 1, 1, 1}), 1e-12);
        assertEquals(0.0, NormalizedEntropy.of(new long[] {8}));
        assertEquals(0.0, NormalizedEntropy.bits(new long[] {8}));
    }

    @Test
    void unequalCountsFollowShannonsFormula() {
        // p = 3/4, 1/4: H = -(0.75 log2 0.75 + 0.25 log2 0.25) = 0.811278 bits; k = 2, so normalized the same
        assertEquals(0.8112781244591328, NormalizedEntropy.bits(new long[] {3, 1}), 1e-12);
        assertEquals(0.8112781244591328, NormalizedEntropy.of(new long[] {3, 1}), 1e-12);
        // p = 1/2, 1/4, 1/4: H = 1.5 bits; k = 3: 1.5 / log2 3 = 0.946395
        assertEquals(1.5 / (Math.log(3) / Math.log(2)), NormalizedEntropy.of(new long[] {2, 1, 1}), 1e-12);
    }

    @Test
    void refusesEmptyAndNonPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> NormalizedEntropy.of(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> NormalizedEntropy.of(new long[] {2, 0}));
    }

    @Test
    void bootstrapIntervalHoldsTheMeanAndIsReproducible() {
        double[] values = {0.2, 0.4, 0.6, 0.8, 1.0, 0.3, 0.5};
        double[] a = Bootstrap.meanInterval95(values, 2000, 3);
        double[] b = Bootstrap.meanInterval95(values, 2000, 3);
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        assertEquals(a[0], b[0]);
        assertEquals(a[1], b[1]);
        org.junit.jupiter.api.Assertions.assertTrue(a[0] < mean && mean < a[1], a[0] + " " + a[1]);
        double[] same = Bootstrap.meanInterval95(new double[] {0.5, 0.5, 0.5}, 100, 0);
        assertEquals(0.5, same[0], 1e-12);
        assertEquals(0.5, same[1], 1e-12);
    }
}
