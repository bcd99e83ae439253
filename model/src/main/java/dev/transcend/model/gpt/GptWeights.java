package dev.transcend.model.gpt;

import dev.transcend.core.encoding.Encoding;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A model's weights as plain row-major {@code float[]} copies, read-only once built, for {@link IncrementalGpt}: the
 * same numbers as {@link Gpt}'s variables, laid out for one-position-at-a-time matrix-vector products (every inner
 * loop runs over a contiguous output row, so the JIT vectorizes it). Shared by all the policies of one checkpoint.
 *
 * <p>Layouts: a linear layer {@code x W + b} keeps W as {@code [in, out]} (as in the graph); the attention's three
 * input projections are fused into one {@code [C, 3C]} matrix (q | k | v columns); the tied LM head keeps a
 * transposed copy of the token embedding, {@code wte^T [C, V]}.
 */
public final class GptWeights {

    /** One transformer block's weights. */
    record Block(float[] ln1Gain, float[] ln1Bias, float[] qkv, float[] qkvBias, float[] attnProj, float[] attnProjBias,
                 float[] ln2Gain, float[] ln2Bias, float[] fc, float[] fcBias, float[] mlpProj, float[] mlpProjBias) {
    }

    final GptConfig config;
    /** {@code [V, C]}: token embeddings. */
    final float[] wte;
    /** {@code [C, V]}: wte transposed, the LM head. */
    final float[] wteT;
    /** {@code [ctx, C]}: learned position embeddings. */
    final float[] wpe;
    /** {@code [F, C]}: board projection; null without board features. */
    final float[] wboard;
    final Block[] blocks;
    final float[] lnfGain;
    final float[] lnfBias;
    /** {@code [C, 64]} each, and their biases {@code [64]}: the factorized square head; null without board features. */
    final float[] headFrom;
    final float[] headFromBias;
    final float[] headTo;
    final float[] headToBias;
    /** Per token id: the from-square (0..63) and to-square of its move, -1 for a special token. */
    final int[] fromSquare;
    final int[] toSquare;

    private final Map<String, INDArray> source;

    private GptWeights(GptConfig config, Map<String, INDArray> weights) {
        this.config = config;
        this.source = weights;
        int v = config.vocabSize();
        int c = config.embedding();
        int hidden = c * config.mlpRatio();
        wte = take("wte", v, c);
        wteT = transpose(wte, v, c);
        wpe = take("wpe", config.contextLength(), c);
        int f = config.positionFeatures();
        wboard = f == 0 ? null : take("wboard", f, c);
        blocks = new Block[config.layers()];
        for (int layer = 0; layer < blocks.length; layer++) {
            String p = "h" + layer + ".";
            float[] qkv = new float[c * 3 * c];
            float[] qkvBias = new float[3 * c];
            String[] parts = {"q", "k", "v"};
            for (int part = 0; part < 3; part++) {
                float[] w = take(p + "attn." + parts[part] + ".w", c, c);
                for (int i = 0; i < c; i++) {
                    System.arraycopy(w, i * c, qkv, i * 3 * c + part * c, c);
                }
                System.arraycopy(take(p + "attn." + parts[part] + ".b", c), 0, qkvBias, part * c, c);
            }
            blocks[layer] = new Block(take(p + "ln1.g", c), take(p + "ln1.b", c), qkv, qkvBias,
                    take(p + "attn.proj.w", c, c), take(p + "attn.proj.b", c),
                    take(p + "ln2.g", c), take(p + "ln2.b", c),
                    take(p + "mlp.fc.w", c, hidden), take(p + "mlp.fc.b", hidden),
                    take(p + "mlp.proj.w", hidden, c), take(p + "mlp.proj.b", c));
        }
        lnfGain = take("lnf.g", c);
        lnfBias = take("lnf.b", c);
        if (f == 0) {
            headFrom = headFromBias = headTo = headToBias = null;
        } else {
            headFrom = take("head.from.w", c, 64);
            headFromBias = take("head.from.b", 64);
            headTo = take("head.to.w", c, 64);
            headToBias = take("head.to.b", 64);
        }
        fromSquare = new int[v];
        toSquare = new int[v];
        squares(config.tokenEncoding(), fromSquare, toSquare);
    }

    /**
     * @param config the model shape
     * @param weights the weights by variable name, as {@link Gpt#weights} gives them (training or inference graph,
     *                or a checkpoint); copied
     * @return the float copies
     * @throws IllegalArgumentException if a weight is missing or has the wrong shape (named, as {@code GptPolicy} names
     *                                  it)
     */
    public static GptWeights of(GptConfig config, Map<String, INDArray> weights) {
        return new GptWeights(config, weights);
    }

    /** @return the model shape */
    public GptConfig config() {
        return config;
    }

    private float[] take(String name, long... shape) {
        INDArray w = source.get(name);
        if (w == null) {
            throw new IllegalArgumentException("weight '" + name + "' is missing");
        }
        if (!Arrays.equals(w.shape(), shape)) {
            throw new IllegalArgumentException("weight '" + name + "' has shape " + Arrays.toString(w.shape())
                    + ", the model needs " + Arrays.toString(shape));
        }
        return w.dup('c').reshape(w.length()).toFloatVector();
    }

    private static float[] transpose(float[] m, int rows, int cols) {
        float[] t = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < cols; col++) {
                t[col * rows + r] = m[r * cols + col];
            }
        }
        return t;
    }

    /** As {@code Gpt.squaresOfTokens}: a move token's from- and to-square (rank * 8 + file), -1 for specials. */
    private static void squares(Encoding encoding, int[] from, int[] to) {
        for (int id = 0; id < from.length; id++) {
            Optional<String> move = encoding.decode(id);
            if (move.isPresent()) {
                String uci = move.get();
                from[id] = (uci.charAt(1) - '1') * 8 + (uci.charAt(0) - 'a');
                to[id] = (uci.charAt(3) - '1') * 8 + (uci.charAt(2) - 'a');
            } else {
                from[id] = -1;
                to[id] = -1;
            }
        }
    }
}
