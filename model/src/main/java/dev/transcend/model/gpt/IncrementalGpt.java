package dev.transcend.model.gpt;

import java.util.Arrays;

/**
 * {@link Gpt}'s forward pass one position at a time, in plain Java over {@link GptWeights}, with a key/value cache:
 * each {@link #append} computes one new position, attending to the keys and values every earlier position left in
 * the cache, so a move costs one position's work (about 2 x parameters FLOPs, plus attention over the positions seen)
 * instead of the whole history's. At batch 1 and the project's sizes SameDiff's per-op overhead dominates a graph
 * call; these loops over row-major float arrays (inner loops over contiguous output rows, which the JIT vectorizes)
 * do not have it.
 *
 * <p>The same computation as the graph, position by position (the graph's causal mask makes position t depend on
 * positions 0..t only, so appending reproduces it): {@code x = wte[token] + wpe[t] (+ board x wboard)}; per block,
 * {@code x += proj(attention(LN1(x)))}, {@code x += proj(GELU(fc(LN2(x))))}; logits {@code = LNf(x) wte^T} (+ the
 * factorized square head). LayerNorm from mean and biased variance, eps {@link Gpt#LAYER_NORM_EPS}; attention
 * {@code softmax(q k^T / sqrt(D)) v} over positions 0..t (the masked ones of the graph weigh exp(-1e9) = 0 there);
 * GELU as SameDiff 1.0.0-M2.1's {@code sd.nn.gelu} computes it, {@link #gelu}. Float arithmetic in another order
 * than OpenBLAS's: logits agree with the graph's to about 1e-5 of their scale, not bit for bit.
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

    // scratch, reused at every position
    private final float[] x;
    private final float[] normed;
    private final float[] qkv;
    private final float[] attended;
    private final float[] mlp;
    private final float[] scores;
    private final float[] delta;

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
        x = new float[c];
        normed = new float[c];
        qkv = new float[3 * c];
        attended = new float[c];
        mlp = new float[hidden];
        scores = new float[context];
        delta = new float[c];
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
     * Computes position {@link #length()}: its keys and values go to the cache, its output to {@link #logits}.
     *
     * @param token the input token id at this position
     * @param board the board features {@code [F]} at this position, read from {@code offset}; ignored (may be null)
     *              for a model without board features
     * @param offset index of the row's first feature in {@code board}
     * @throws IllegalStateException if the cache already holds {@code contextLength} positions
     */
    public void append(int token, float[] board, int offset) {
        if (length == context) {
            throw new IllegalStateException("the cache is full: " + context + " positions");
        }
        int t = length;
        System.arraycopy(w.wte, token * c, x, 0, c);                                    // [C]
        for (int i = 0; i < c; i++) {
            x[i] += w.wpe[t * c + i];
        }
        if (w.wboard != null) {
            int f = w.config.positionFeatures();
            for (int i = 0; i < f; i++) {                                               // x += board [F] x wboard [F, C]
                float b = board[offset + i];
                if (b != 0f) { // the features are mostly 0: skipping them changes no sum
                    axpy(b, w.wboard, i * c, x, c);
                }
            }
        }
        for (int layer = 0; layer < w.blocks.length; layer++) {
            block(w.blocks[layer], keys[layer], values[layer], t);
        }
        length = t + 1;
    }

    /** @return the next-token logits {@code [V]} after the last appended position, a new array */
    public float[] logits() {
        if (length == 0) {
            throw new IllegalStateException("no position computed yet");
        }
        layerNorm(x, w.lnfGain, w.lnfBias, normed);                                     // [C]
        int v = w.config.vocabSize();
        float[] logits = new float[v];
        linear(normed, w.wteT, null, logits, c, v);                                     // [V] = normed x wte^T
        if (w.headFrom != null) {
            float[] from = new float[64];
            float[] to = new float[64];
            linear(normed, w.headFrom, w.headFromBias, from, c, 64);                    // [64]
            linear(normed, w.headTo, w.headToBias, to, c, 64);                          // [64]
            for (int id = 0; id < v; id++) {
                if (w.fromSquare[id] >= 0) {
                    logits[id] += from[w.fromSquare[id]] + to[w.toSquare[id]];
                }
            }
        }
        return logits;
    }

    /** Pre-LayerNorm block at position t: x += attention(LN1(x)); x += mlp(LN2(x)). */
    private void block(GptWeights.Block b, float[] k, float[] v, int t) {
        layerNorm(x, b.ln1Gain(), b.ln1Bias(), normed);                                 // [C]
        linear(normed, b.qkv(), b.qkvBias(), qkv, c, 3 * c);                            // [3C] = q | k | v
        System.arraycopy(qkv, c, k, t * c, c);
        System.arraycopy(qkv, 2 * c, v, t * c, c);
        float scale = (float) (1.0 / Math.sqrt(headSize));
        Arrays.fill(attended, 0f);
        for (int h = 0; h < heads; h++) {
            int q0 = h * headSize;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j <= t; j++) {                                              // scores [t + 1]
                float dot = 0f;
                int k0 = j * c + q0;
                for (int d = 0; d < headSize; d++) {
                    dot += qkv[q0 + d] * k[k0 + d];
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
                axpy(scores[j] * inverse, v, j * c + q0, attended, q0, headSize);
            }
        }
        residualAdd(attended, b.attnProj(), b.attnProjBias(), c);                       // x += y Wo + b
        layerNorm(x, b.ln2Gain(), b.ln2Bias(), normed);
        linear(normed, b.fc(), b.fcBias(), mlp, c, hidden);                             // [rC]
        for (int i = 0; i < hidden; i++) {
            mlp[i] = gelu(mlp[i]);
        }
        residualAdd(mlp, b.mlpProj(), b.mlpProjBias(), hidden);                         // x += GELU(..) W2 + b2
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

    /** LayerNorm over C from mean and biased variance, as {@code Gpt.layerNorm}. */
    private static void layerNorm(float[] in, float[] gain, float[] bias, float[] out) {
        int n = in.length;
        double sum = 0;
        for (float value : in) {
            sum += value;
        }
        float mean = (float) (sum / n);
        double squares = 0;
        for (float value : in) {
            float centered = value - mean;
            squares += centered * centered;
        }
        float inverseStd = (float) (1.0 / Math.sqrt(squares / n + Gpt.LAYER_NORM_EPS));
        for (int i = 0; i < n; i++) {
            out[i] = (in[i] - mean) * inverseStd * gain[i] + bias[i];
        }
    }

    /** out [cols] = in [rows] x m [rows, cols] (+ bias [cols]). */
    private static void linear(float[] in, float[] m, float[] bias, float[] out, int rows, int cols) {
        if (bias == null) {
            Arrays.fill(out, 0, cols, 0f);
        } else {
            System.arraycopy(bias, 0, out, 0, cols);
        }
        for (int r = 0; r < rows; r++) {
            float a = in[r];
            if (a != 0f) {
                axpy(a, m, r * cols, out, cols);
            }
        }
    }

    /** x [C] += in [rows] x m [rows, C] + bias [C]: the residual add (the product summed first, as in the graph). */
    private void residualAdd(float[] in, float[] m, float[] bias, int rows) {
        linear(in, m, bias, delta, rows, c);
        for (int i = 0; i < c; i++) {
            x[i] += delta[i];
        }
    }

    /** y [0, n) += a * m [from, from + n). */
    private static void axpy(float a, float[] m, int from, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += a * m[from + i];
        }
    }

    /** y [to, to + n) += a * m [from, from + n). */
    private static void axpy(float a, float[] m, int from, float[] y, int to, int n) {
        for (int i = 0; i < n; i++) {
            y[to + i] += a * m[from + i];
        }
    }
}
