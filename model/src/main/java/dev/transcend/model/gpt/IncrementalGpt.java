package dev.transcend.model.gpt;

import java.util.Arrays;

/**
 * {@link Gpt}'s forward pass from position to position, in plain Java over {@link GptWeights}, with a key/value
 * cache: {@link #append} computes the new positions only, attending to the keys and values every earlier position
 * left in the cache, so a move costs one or two positions' work (about 2 x parameters FLOPs each, plus attention
 * over the positions seen) instead of the whole history's. At batch 1 and the project's sizes SameDiff's per-op overhead dominates a graph
 * call; these loops over row-major float arrays do not have it. (JDK 17's C2 does not vectorize them: it cannot prove
 * that two {@code float[]} do not overlap, and {@code -XX:-UseSuperWord} measures the same; they meet the speed target
 * without {@code jdk.incubator.vector} and its module flag, see model/README.md.)
 *
 * <p>The same computation as the graph, position by position (the graph's causal mask makes position t depend on
 * positions 0..t only, so appending reproduces it): {@code x = wte[token] + wpe[t] (+ board x wboard)}; per block,
 * {@code x += proj(attention(LN1(x)))}, {@code x += proj(GELU(fc(LN2(x))))}; logits {@code = LNf(x) wte^T} (+ the
 * factorized square head). LayerNorm from mean and biased variance, eps {@link Gpt#LAYER_NORM_EPS}; attention
 * {@code softmax(q k^T / sqrt(D)) v} over positions 0..t (the masked ones of the graph weigh exp(-1e9) = 0 there);
 * GELU as SameDiff 1.0.0-M2.1's {@code sd.nn.gelu} computes it, {@link #gelu}. Float arithmetic in another order
 * than OpenBLAS's: logits agree with the graph's to about 1e-6 of their scale, not bit for bit.
 *
 * <p>Mutable (the cache) and not thread-safe; the weights are shared read-only.
 */
public final class IncrementalGpt {

    private final GptWeights w;
    private final int c;
    private final int heads;
    private final int headSize;
    private final int hidden;
    private final int context;
    /** Per layer: keys and values of positions 0..length-1, {@code [ctx, C]} each (head h at columns h*D..). */
    private final float[][] keys;
    private final float[][] values;
    private int length;

    // scratch for n new positions at once, grown on demand: [n, C], [n, C], [n, 3C], [n, C], [n, rC], [n, C]
    private float[] x = new float[0];
    private float[] normed = new float[0];
    private float[] qkv = new float[0];
    private float[] attended = new float[0];
    private float[] mlp = new float[0];
    private float[] delta = new float[0];
    private final float[] scores;
    /** The last computed position's residual stream {@code [C]}, for {@link #logits}. */
    private final float[] last;

    /** @param weights the model's weights (shared, not copied) */
    public IncrementalGpt(GptWeights weights) {
        this.w = weights;
        GptConfig config = weights.config;
        c = config.embedding();
        heads = config.heads();
        headSize = config.headSize();
        hidden = c * config.mlpRatio();
        context = config.contextLength();
        keys = new float[config.layers()][context * c];
        values = new float[config.layers()][context * c];
        scores = new float[context];
        last = new float[c];
    }

    /** @return positions in the cache, 0..contextLength; the next {@link #append} computes position {@code length()} */
    public int length() {
        return length;
    }

    /**
     * Forgets positions {@code length..} (their keys and values are overwritten by the next appends).
     *
     * @param length positions to keep, 0..{@link #length()}
     */
    public void truncate(int length) {
        if (length < 0 || length > this.length) {
            throw new IllegalArgumentException("cannot keep " + length + " of " + this.length + " cached positions");
        }
        this.length = length;
    }

    /**
     * Computes positions {@code length() .. length() + n - 1}, {@code n = to - from}: their keys and values go to the
     * cache, the last one's output to {@link #logits}. The n positions go through each layer together; every number is
     * what n single appends would compute, in the same order.
     *
     * @param tokens input token ids; position {@code length() + i} gets {@code tokens[from + i]}
     * @param from first token used
     * @param to end of the tokens used (exclusive), {@code > from}
     * @param board board features: position {@code length() + i} reads row i, {@code [F]} from
     *              {@code offset + i * F}; ignored (may be null) for a model without board features
     * @param offset index of the first row's first feature in {@code board}
     * @throws IllegalStateException if the positions do not fit the context
     */
    public void append(int[] tokens, int from, int to, float[] board, int offset) {
        int n = to - from;
        if (n < 1 || length + n > context) {
            throw new IllegalStateException("cannot compute " + n + " positions after " + length + " of a context of "
                    + context);
        }
        grow(n);
        int f = w.config.positionFeatures();
        for (int i = 0; i < n; i++) {
            int t = length + i;
            System.arraycopy(w.wte, tokens[from + i] * c, x, i * c, c);                 // [C]
            axpy(1f, w.wpe, t * c, x, i * c, c);                                        // + wpe[t]
            if (w.wboard != null) {
                for (int j = 0; j < f; j++) {                                           // + board [F] x wboard [F, C]
                    float b = board[offset + i * f + j];
                    if (b != 0f) { // the features are mostly 0: skipping them changes no sum
                        axpy(b, w.wboard, j * c, x, i * c, c);
                    }
                }
            }
        }
        for (int layer = 0; layer < w.blocks.length; layer++) {
            block(w.blocks[layer], keys[layer], values[layer], n);
        }
        System.arraycopy(x, (n - 1) * c, last, 0, c);
        length += n;
    }

    /** @return the next-token logits {@code [V]} after the last appended position, a new array */
    public float[] logits() {
        if (length == 0) {
            throw new IllegalStateException("no position computed yet");
        }
        float[] normedLast = new float[c];
        layerNorm(last, 0, w.lnfGain, w.lnfBias, normedLast, 0);                         // [C]
        int v = w.config.vocabSize();
        float[] logits = new float[v];
        linear(normedLast, w.wteT, null, logits, 1, c, v);                              // [V] = normed x wte^T
        if (w.headFrom != null) {
            float[] from = new float[64];
            float[] to = new float[64];
            linear(normedLast, w.headFrom, w.headFromBias, from, 1, c, 64);             // [64]
            linear(normedLast, w.headTo, w.headToBias, to, 1, c, 64);                   // [64]
            for (int id = 0; id < v; id++) {
                if (w.fromSquare[id] >= 0) {
                    logits[id] += from[w.fromSquare[id]] + to[w.toSquare[id]];
                }
            }
        }
        return logits;
    }

    /** Pre-LayerNorm block over the n new positions: x += attention(LN1(x)); x += mlp(LN2(x)). */
    private void block(GptWeights.Block b, float[] k, float[] v, int n) {
        for (int i = 0; i < n; i++) {
            layerNorm(x, i * c, b.ln1Gain(), b.ln1Bias(), normed, i * c);                // [n, C]
        }
        linear(normed, b.qkv(), b.qkvBias(), qkv, n, c, 3 * c);                         // [n, 3C] = q | k | v
        for (int i = 0; i < n; i++) {
            System.arraycopy(qkv, i * 3 * c + c, k, (length + i) * c, c);
            System.arraycopy(qkv, i * 3 * c + 2 * c, v, (length + i) * c, c);
        }
        for (int i = 0; i < n; i++) {
            attend(k, v, i, length + i);                                                // attended[i] [C]
        }
        residualAdd(attended, b.attnProj(), b.attnProjBias(), n, c);                    // x += y Wo + b
        for (int i = 0; i < n; i++) {
            layerNorm(x, i * c, b.ln2Gain(), b.ln2Bias(), normed, i * c);
        }
        linear(normed, b.fc(), b.fcBias(), mlp, n, c, hidden);                          // [n, rC]
        for (int i = 0; i < n * hidden; i++) {
            mlp[i] = gelu(mlp[i]);
        }
        residualAdd(mlp, b.mlpProj(), b.mlpProjBias(), n, hidden);                     // x += GELU(..) W2 + b2
    }

    /** attended row i = per head softmax(q k^T / sqrt(D)) v over cached positions 0..t (t = this row's position). */
    private void attend(float[] k, float[] v, int i, int t) {
        float scale = (float) (1.0 / Math.sqrt(headSize));
        int q = i * 3 * c;
        int out = i * c;
        Arrays.fill(attended, out, out + c, 0f);
        for (int h = 0; h < heads; h++) {
            int q0 = h * headSize;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j <= t; j++) {                                              // scores [t + 1]
                float dot = 0f;
                int k0 = j * c + q0;
                for (int d = 0; d < headSize; d++) {
                    dot += qkv[q + q0 + d] * k[k0 + d];
                }
                scores[j] = dot * scale;
                max = Math.max(max, scores[j]);
            }
            float sum = 0f;
            for (int j = 0; j <= t; j++) {
                scores[j] = (float) Math.exp(scores[j] - max);
                sum += scores[j];
            }
            float inverse = 1f / sum;
            for (int j = 0; j <= t; j++) {                                              // y_h = softmax . v_h
                axpy(scores[j] * inverse, v, j * c + q0, attended, out + q0, headSize);
            }
        }
    }

    private void grow(int n) {
        if (x.length < n * c) {
            x = new float[n * c];
            normed = new float[n * c];
            qkv = new float[n * 3 * c];
            attended = new float[n * c];
            mlp = new float[n * hidden];
            delta = new float[n * c];
        }
    }

    /**
     * GELU as SameDiff 1.0.0-M2.1's {@code sd.nn.gelu} computes it: libnd4j's {@code GELU} transform is the sigmoid
     * approximation {@code x * sigmoid(1.702 x)} (Hendrycks and Gimpel, 2016, section 2), not the exact
     * {@code x * Phi(x)} nor the tanh approximation (that is {@code PreciseGELU}); {@code GeluTest} checks it against
     * the op.
     *
     * @param v the input
     * @return {@code v * sigmoid(1.702 v)}
     */
    static float gelu(float v) {
        return (float) (v / (1.0 + Math.exp(-1.702 * v)));
    }

    /** LayerNorm over C from mean and biased variance, as {@code Gpt.layerNorm}: one row of {@code in} into {@code out}. */
    private void layerNorm(float[] in, int from, float[] gain, float[] bias, float[] out, int to) {
        double sum = 0;
        for (int i = 0; i < c; i++) {
            sum += in[from + i];
        }
        float mean = (float) (sum / c);
        double squares = 0;
        for (int i = 0; i < c; i++) {
            float centered = in[from + i] - mean;
            squares += centered * centered;
        }
        float inverseStd = (float) (1.0 / Math.sqrt(squares / c + Gpt.LAYER_NORM_EPS));
        for (int i = 0; i < c; i++) {
            out[to + i] = (in[from + i] - mean) * inverseStd * gain[i] + bias[i];
        }
    }

    /**
     * out [n, cols] = in [n, rows] x m [rows, cols] (+ bias [cols]). Row r of m is read once for all n rows of in
     * (it stays in the CPU cache); each output is still summed over r in order.
     */
    private static void linear(float[] in, float[] m, float[] bias, float[] out, int n, int rows, int cols) {
        for (int i = 0; i < n; i++) {
            if (bias == null) {
                Arrays.fill(out, i * cols, (i + 1) * cols, 0f);
            } else {
                System.arraycopy(bias, 0, out, i * cols, cols);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < n; i++) {
                float a = in[i * rows + r];
                if (a != 0f) {
                    axpy(a, m, r * cols, out, i * cols, cols);
                }
            }
        }
    }

    /** x [n, C] += in [n, rows] x m [rows, C] + bias [C]: the residual add (the product summed first, as in the graph). */
    private void residualAdd(float[] in, float[] m, float[] bias, int n, int rows) {
        linear(in, m, bias, delta, n, rows, c);
        for (int i = 0; i < n * c; i++) {
            x[i] += delta[i];
        }
    }

    /** y [to, to + n) += a * m [from, from + n). */
    private static void axpy(float a, float[] m, int from, float[] y, int to, int n) {
        for (int i = 0; i < n; i++) {
            y[to + i] += a * m[from + i];
        }
    }
}
