package dev.transcend.model.gpt;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GptTest {

    private static final GptConfig TINY = new GptConfig(16, 2, 2, 16, 4);
    private static final Encoding ENCODING = Encodings.standard();
    private static final int V = ENCODING.vocabularySize();

    private static Map<String, INDArray> inputs(int[][] tokens, int[][] targets, float[][] mask) {
        return Map.of(Gpt.TOKENS, Nd4j.createFromArray(tokens), Gpt.TARGETS, Nd4j.createFromArray(targets),
                Gpt.TARGET_MASK, Nd4j.createFromArray(mask));
    }

    private static int[][] tokens(int batch, int time, int offset) {
        int[][] t = new int[batch][time];
        for (int b = 0; b < batch; b++) {
            t[b][0] = ENCODING.bos();
            for (int i = 1; i < time; i++) {
                t[b][i] = 2 + (b * 31 + i * 7 + offset) % (V - 2);
            }
        }
        return t;
    }

    /** Move ids only, so no target repeats its own input token (the tied LM head favours that slightly). */
    private static int[][] moves(int batch, int time) {
        int[][] t = new int[batch][time];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < time; i++) {
                t[b][i] = 2 + (b * 13 + i * 11 + 500) % (V - 2);
            }
        }
        return t;
    }

    private static float[][] ones(int batch, int time) {
        float[][] m = new float[batch][time];
        for (float[] row : m) {
            java.util.Arrays.fill(row, 1f);
        }
        return m;
    }

    @Test
    void oneGraphServesAnyBatchAndTimeWithInitialLossNearUniform() {
        SameDiff sd = Gpt.training(TINY, 1);
        for (int[] bt : new int[][] {{1, 1}, {2, 5}, {3, 16}}) {
            int b = bt[0];
            int t = bt[1];
            Map<String, INDArray> out = sd.output(inputs(tokens(b, t, 0), moves(b, t), ones(b, t)), Gpt.LOGITS, Gpt.LOSS);
            assertArrayEquals(new long[] {(long) b * t, V}, out.get(Gpt.LOGITS).shape());
            // weights of std 0.02 give near-uniform predictions: cross-entropy ~ ln(1970) = 7.59, give or take
            // the spread of one target's logit (~0.1 here) for the 1-token batch
            assertEquals(Math.log(V), out.get(Gpt.LOSS).getDouble(0), 0.2);
        }
    }

    @Test
    void parameterCountMatchesTheGraph() {
        SameDiff sd = Gpt.training(TINY, 1);
        long count = 0;
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                count += v.getArr().length();
            }
        }
        assertEquals(TINY.parameterCount(), count);
        assertEquals(1970 * 16 + 16 * 16 + 2 * (4 * 16 + 4 * (16 * 16 + 16) + 16 * 64 + 64 + 64 * 16 + 16) + 2 * 16, count);
    }

    @Test
    void aFutureTokenNeverChangesEarlierLogits() {
        SameDiff sd = Gpt.training(TINY, 2);
        int[][] tokens = tokens(2, 10, 0);
        int[][] changed = tokens(2, 10, 0);
        changed[0][6] = 1000;
        changed[1][6] = 77;
        INDArray before = sd.output(inputs(tokens, tokens, ones(2, 10)), Gpt.LOGITS).get(Gpt.LOGITS).reshape(2, 10, V);
        INDArray after = sd.output(inputs(changed, tokens, ones(2, 10)), Gpt.LOGITS).get(Gpt.LOGITS).reshape(2, 10, V);
        INDArray earlyBefore = before.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 6), NDArrayIndex.all());
        INDArray earlyAfter = after.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 6), NDArrayIndex.all());
        assertEquals(earlyBefore, earlyAfter, "positions 0..5 must not see token 6");
        for (int t = 6; t < 10; t++) {
            assertNotEquals(before.get(NDArrayIndex.point(0), NDArrayIndex.point(t), NDArrayIndex.all()),
                    after.get(NDArrayIndex.point(0), NDArrayIndex.point(t), NDArrayIndex.all()), "position " + t);
        }
    }

    @Test
    void paddedTargetsDoNotCountAndTheMeanIsOverRealTargets() {
        SameDiff sd = Gpt.training(TINY, 3);
        int[][] tokens = tokens(2, 6, 0);
        int[][] targets = tokens(2, 6, 5);
        float[][] mask = ones(2, 6);
        mask[1][4] = 0;
        mask[1][5] = 0;
        double loss = sd.output(inputs(tokens, targets, mask), Gpt.LOSS).get(Gpt.LOSS).getDouble(0);
        targets[1][4] = 3;
        targets[1][5] = ENCODING.pad();
        assertEquals(loss, sd.output(inputs(tokens, targets, mask), Gpt.LOSS).get(Gpt.LOSS).getDouble(0), 1e-6);

        INDArray logits = sd.output(inputs(tokens, targets, mask), Gpt.LOGITS).get(Gpt.LOGITS);
        double sum = 0;
        int n = 0;
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 6; t++) {
                if (mask[b][t] > 0) {
                    INDArray row = logits.getRow(b * 6L + t);
                    double max = row.maxNumber().doubleValue();
                    double logSum = max + Math.log(Nd4j.math().exp(row.sub(max)).sumNumber().doubleValue());
                    sum += logSum - row.getDouble(targets[b][t]);
                    n++;
                }
            }
        }
        assertEquals(sum / n, loss, 1e-4);
    }

    @Test
    void inferenceGraphGivesTheLastPositionOfTheTrainingGraph() {
        SameDiff training = Gpt.training(TINY, 4);
        SameDiff inference = Gpt.inference(TINY);
        for (SDVariable v : training.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                inference.getVariable(v.name()).setArray(v.getArr().dup());
            }
        }
        int[][] tokens = tokens(3, 7, 2);
        INDArray all = training.output(inputs(tokens, tokens, ones(3, 7)), Gpt.LOGITS).get(Gpt.LOGITS);
        INDArray last = inference.output(Map.of(Gpt.TOKENS, Nd4j.createFromArray(tokens)), Gpt.LAST_LOGITS)
                .get(Gpt.LAST_LOGITS);
        assertArrayEquals(new long[] {3, V}, last.shape());
        for (int b = 0; b < 3; b++) {
            assertEquals(all.getRow(b * 7L + 6), last.getRow(b));
        }
    }

    @Test
    void sameSeedSameWeightsAndResidualProjectionsAreScaled() {
        SameDiff a = Gpt.training(TINY, 9);
        SameDiff b = Gpt.training(TINY, 9);
        SameDiff c = Gpt.training(TINY, 10);
        assertEquals(a.getVariable("h0.attn.q.w").getArr(), b.getVariable("h0.attn.q.w").getArr());
        assertNotEquals(a.getVariable("h0.attn.q.w").getArr(), c.getVariable("h0.attn.q.w").getArr());
        GptConfig wide = new GptConfig(16, 2, 2, 128, 4);
        SameDiff w = Gpt.training(wide, 1);
        assertEquals(0.02, w.getVariable("h1.mlp.fc.w").getArr().stdNumber().doubleValue(), 0.001);
        assertEquals(0.02 / Math.sqrt(4), w.getVariable("h1.mlp.proj.w").getArr().stdNumber().doubleValue(), 0.0005);
        assertEquals(1.0, w.getVariable("h0.ln1.g").getArr().meanNumber().doubleValue(), 0);
        assertEquals(0.0, w.getVariable("h0.attn.q.b").getArr().sumNumber().doubleValue(), 0);
    }
}
