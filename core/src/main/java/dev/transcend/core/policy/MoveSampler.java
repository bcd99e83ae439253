package dev.transcend.core.policy;

import java.util.BitSet;
import java.util.random.RandomGenerator;

/**
 * Temperature sampling from logits: p_i proportional to exp(logit_i / tau) over the allowed tokens.
 * tau = 0 means argmax. Computed in double precision with the maximum subtracted, so tau as small
 * as 0.001 (the paper's lowest) neither overflows nor underflows.
 */
public final class MoveSampler {

    private MoveSampler() {
    }

    /**
     * @param logits scores, shape {@code [vocab]}
     * @param temperature tau, &gt;= 0; 0 picks the highest logit (lowest id on ties)
     * @param allowed tokens that may be drawn; others have probability 0
     * @param rng source of randomness (unused when tau = 0)
     * @return the drawn token id
     * @throws IllegalArgumentException if tau is negative or not finite, or no token is allowed
     */
    public static int sample(float[] logits, double temperature, BitSet allowed, RandomGenerator rng) {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0 and finite, got " + temperature);
        }
        int best = -1;
        for (int i = allowed.nextSetBit(0); i >= 0 && i < logits.length; i = allowed.nextSetBit(i + 1)) {
            if (best < 0 || logits[i] > logits[best]) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no token is allowed");
        }
        if (temperature == 0) {
            return best;
        }
        double max = logits[best];
        double total = 0;
        double[] weights = new double[logits.length];
        for (int i = allowed.nextSetBit(0); i >= 0 && i < logits.length; i = allowed.nextSetBit(i + 1)) {
            weights[i] = Math.exp((logits[i] - max) / temperature);
            total += weights[i];
        }
        double u = rng.nextDouble() * total;
        int last = best;
        for (int i = allowed.nextSetBit(0); i >= 0 && i < logits.length; i = allowed.nextSetBit(i + 1)) {
            u -= weights[i];
            if (weights[i] > 0) {
                last = i;
            }
            if (u < 0) {
                return i;
            }
        }
        return last; // rounding left u a hair above 0
    }

    /**
     * @return probabilities over the allowed tokens at temperature tau (tau &gt; 0), shape {@code [vocab]}
     */
    public static double[] probabilities(float[] logits, double temperature, BitSet allowed) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0 for probabilities, got " + temperature);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = allowed.nextSetBit(0); i >= 0 && i < logits.length; i = allowed.nextSetBit(i + 1)) {
            max = Math.max(max, logits[i]);
        }
        double[] p = new double[logits.length];
        double total = 0;
        for (int i = allowed.nextSetBit(0); i >= 0 && i < logits.length; i = allowed.nextSetBit(i + 1)) {
            p[i] = Math.exp((logits[i] - max) / temperature);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }
}
