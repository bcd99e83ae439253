package dev.transcend.core.policy;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoveSamplerTest {

    private static BitSet all(int n) {
        BitSet b = new BitSet();
        b.set(0, n);
        return b;
    }

    @Test
    void zeroTemperatureIsArgmaxOverAllowedTokens() {
        float[] logits = {5f, 1f, 3f, 2f};
        assertEquals(0, MoveSampler.sample(logits, 0, all(4), new SplittableRandom(1)));
        BitSet legal = new BitSet();
        legal.set(1);
        legal.set(3);
        assertEquals(3, MoveSampler.sample(logits, 0, legal, new SplittableRandom(1)));
    }

    @Test
    void tinyTemperatureNeverOverflowsAndPicksTheMode() {
        float[] logits = {100f, 99.9f, -50f};
        for (int i = 0; i < 100; i++) {
            assertEquals(0, MoveSampler.sample(logits, 0.001, all(3), new SplittableRandom(i)));
        }
    }

    @Test
    void frequenciesFollowSoftmaxAtTemperature() {
        float[] logits = {0f, (float) Math.log(3)};
        // at tau = 1 the odds are 1:3; at tau = 2 they are 1:sqrt(3)
        SplittableRandom rng = new SplittableRandom(42);
        int n = 40_000;
        int ones = 0;
        for (int i = 0; i < n; i++) {
            ones += MoveSampler.sample(logits, 1.0, all(2), rng);
        }
        assertEquals(0.75, ones / (double) n, 0.01);
        double[] p = MoveSampler.probabilities(logits, 2.0, all(2));
        assertEquals(Math.sqrt(3) / (1 + Math.sqrt(3)), p[1], 1e-7); // logits are float32
    }

    @Test
    void neverDrawsADisallowedToken() {
        float[] logits = {10f, 0f, 0f};
        BitSet allowed = new BitSet();
        allowed.set(1, 3);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            assertTrue(MoveSampler.sample(logits, 1.5, allowed, rng) != 0);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> MoveSampler.sample(new float[2], -1, all(2), new SplittableRandom()));
        assertThrows(IllegalArgumentException.class, () -> MoveSampler.sample(new float[2], 1, new BitSet(), new SplittableRandom()));
    }
}
