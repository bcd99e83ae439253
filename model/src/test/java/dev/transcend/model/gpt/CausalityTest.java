package dev.transcend.model.gpt;

import dev.transcend.core.vocab.MoveVocabulary;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Causality, position by position: changing token t leaves the logits at every position before t bit-identical
 * and changes the logits at t and at every later position, in every row of the batch. Checked at the initial
 * weights and at weights scaled up so that attention is far from uniform (a leak through the mask then shows).
 */
class CausalityTest {

    private static final GptConfig TINY = new GptConfig(12, 2, 2, 16, 4);
    private static final int V = MoveVocabulary.standard().size();
    private static final int B = 2;
    private static final int T = 12;

    @Test
    void changingTokenTChangesPositionsFromTOnAndNothingBefore() {
        check(Gpt.training(TINY, 21));
    }

    @Test
    void theMaskHoldsWhenAttentionIsSharp() {
        SameDiff sd = Gpt.training(TINY, 22);
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE && v.name().contains(".attn.") && v.name().endsWith(".w")) {
                v.getArr().muli(20); // std 0.4: attention scores of several units, softmax far from uniform
            }
        }
        check(sd);
    }

    private static void check(SameDiff sd) {
        SplittableRandom random = new SplittableRandom(3);
        int[][] tokens = new int[B][T];
        for (int[] row : tokens) {
            row[0] = MoveVocabulary.BOS;
            for (int i = 1; i < T; i++) {
                row[i] = random.nextInt(2, V);
            }
        }
        float[][][] base = logits(sd, tokens);
        for (int t = 0; t < T; t++) {
            int[][] changed = new int[B][];
            for (int b = 0; b < B; b++) {
                changed[b] = tokens[b].clone();
                changed[b][t] = t == 0 ? 2 + b : 2 + (tokens[b][t] - 2 + 1 + random.nextInt(V - 3)) % (V - 2);
            }
            float[][][] after = logits(sd, changed);
            for (int b = 0; b < B; b++) {
                for (int p = 0; p < t; p++) {
                    assertArrayEquals(base[b][p], after[b][p], "row " + b + ": position " + p + " saw token " + t);
                }
                for (int p = t; p < T; p++) {
                    assertTrue(maxDifference(base[b][p], after[b][p]) > 1e-6,
                            "row " + b + ": position " + p + " did not see token " + t);
                }
            }
        }
    }

    /** @return logits {@code [B][T][V]} of the training graph */
    private static float[][][] logits(SameDiff sd, int[][] tokens) {
        float[][] mask = new float[B][T];
        for (float[] row : mask) {
            Arrays.fill(row, 1f);
        }
        INDArray in = Nd4j.createFromArray(tokens);
        INDArray flat = sd.output(Map.of(Gpt.TOKENS, in, Gpt.TARGETS, in, Gpt.TARGET_MASK, Nd4j.createFromArray(mask)),
                Gpt.LOGITS).get(Gpt.LOGITS);
        float[][][] out = new float[B][T][];
        for (int b = 0; b < B; b++) {
            for (int p = 0; p < T; p++) {
                out[b][p] = flat.getRow((long) b * T + p).toFloatVector();
            }
        }
        return out;
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
