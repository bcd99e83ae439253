package dev.transcend.model.gpt;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The decoder-only transformer as a SameDiff graph, read in the order of the architecture diagram
 * (after nanoGPT's {@code model.py}): token + position embeddings (+ a linear projection of the position's board
 * features for a board-aware encoding), {@code layers} pre-LayerNorm
 * blocks of causal self-attention and a GELU MLP, a final LayerNorm and the LM head, whose weights
 * are tied to the token embeddings.
 *
 * <p>Shapes: B = batch, T = time (tokens fed, at most {@code contextLength}), C = embedding,
 * H = heads, D = C / H, V = vocabulary (1970). Between blocks the residual stream is kept flat as
 * {@code [B*T, C]} so every per-token layer is one 2-D matrix product. B and T are read from the
 * {@code tokens} placeholder at run time, so one graph serves any batch size and any T.
 *
 * <p>Written for SameDiff 1.0.0-M2.1, whose traps decide several lines: the embedding is a one-hot
 * times matrix product (gather's backprop is broken), attention is written by hand with an additive
 * causal mask (the built-in attention ops cannot be causal), and LayerNorm is built from mean and
 * variance ({@code sd.nn.layerNorm} is very slow).
 *
 * <p>Initialization follows nanoGPT: weights normal(0, 0.02), residual output projections
 * normal(0, 0.02 / sqrt(2 * layers)) (GPT-2 paper, section 2.3), biases 0, LayerNorm gains 1.
 */
public final class Gpt {

    /** Placeholder: input token ids {@code [B, T]} int32, BOS first (see {@code Encoding.bos()}). */
    public static final String TOKENS = "tokens";
    /**
     * Placeholder of a board-aware encoding only ({@code Encoding.positionFeatures()} F > 0): the position before the
     * move to predict at every input position, {@code [B, T, F]} float32 ({@code BoardFeatures}).
     */
    public static final String BOARD = "board";
    /**
     * Placeholder of an encoding that scores candidate moves only, training graph only: an additive logit mask
     * {@code [B*T, V]} float32, 0 for the position's candidate moves, {@link #MASKED} elsewhere.
     */
    public static final String CANDIDATES = "candidates";
    /** Placeholder: next-move token ids {@code [B, T]} int32, training graph only. */
    public static final String TARGETS = "targets";
    /** Placeholder: 1 where the target is a real move, 0 at padding, {@code [B, T]} float32. */
    public static final String TARGET_MASK = "targetMask";
    /** Output: logits at every position {@code [B*T, V]}, training graph only. */
    public static final String LOGITS = "logits";
    /** Output: logits at the last position {@code [B, V]}, inference graph only. */
    public static final String LAST_LOGITS = "lastLogits";
    /** Output: mean cross-entropy in nats over the non-padding targets, scalar, training graph only. */
    public static final String LOSS = "loss";

    /** Standard deviation of the initial weights (GPT-2 / nanoGPT). */
    static final double INIT_STD = 0.02;
    /** LayerNorm epsilon (PyTorch's default, as in nanoGPT). */
    static final double LAYER_NORM_EPS = 1e-5;
    /** Additive mask for future positions: exp(-1e9) is 0 in float32, and unlike -inf it never makes NaN. */
    public static final double MASKED = -1e9;

    private final SameDiff sd = SameDiff.create();
    private final GptConfig config;
    private final SplittableRandom init;
    private SDVariable tokens;
    private SDVariable shapeBTC;
    private SDVariable shapeBTHD;
    private SDVariable causalMask;

    private Gpt(GptConfig config, long seed) {
        this.config = config;
        this.init = new SplittableRandom(seed);
    }

    /**
     * @param config model shape
     * @param seed seed of the initial weights; the same seed gives the same weights
     * @return a graph with placeholders {@link #TOKENS}, {@link #TARGETS}, {@link #TARGET_MASK} and
     *         outputs {@link #LOGITS} {@code [B*T, V]} and {@link #LOSS} (scalar), freshly initialized
     */
    public static SameDiff training(GptConfig config, long seed) {
        Gpt gpt = new Gpt(config, seed);
        SDVariable x = gpt.trunk();                                                     // [B*T, C]
        SDVariable logits = gpt.lmHead(x, LOGITS);                                      // [B*T, V]
        gpt.loss(logits);
        return gpt.sd;
    }

    /**
     * @param config model shape
     * @return a graph with placeholder {@link #TOKENS} and output {@link #LAST_LOGITS} {@code [B, V]},
     *         the next-move logits after the last token; its weights are random arrays of the right
     *         shape, to be overwritten with a checkpoint's (same variable names as the training graph)
     */
    public static SameDiff inference(GptConfig config) {
        Gpt gpt = new Gpt(config, 0);
        SDVariable x = gpt.trunk();                                                     // [B*T, C]
        SDVariable btc = gpt.sd.reshape(x, gpt.shapeBTC);                               // [B, T, C]
        SDVariable lastIndex = gpt.sd.sizeAt(gpt.tokens, 1).sub(1.0);                   // [] = T - 1
        SDVariable last = gpt.sd.gather(btc, lastIndex, 1);                             // [B, C]
        gpt.lmHead(last, LAST_LOGITS);                                                  // [B, V]
        return gpt.sd;
    }

    /**
     * Builds the backward graph of a training graph if it has none yet. SameDiff 1.0.0-M2.1 prints a
     * line per differentiated op to stdout while doing so; this keeps stdout clean for the CLI.
     *
     * @param training a graph from {@link #training} or a checkpoint
     */
    public static void prepareGradients(SameDiff training) {
        if (training.hasGradientFunction()) {
            return;
        }
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            training.createGradFunction();
        } finally {
            System.setOut(out);
        }
    }

    /**
     * @param graph a training or inference graph, or one loaded from a checkpoint
     * @return its trainable variables' arrays by name, in graph order (the arrays themselves, not copies)
     */
    public static Map<String, INDArray> weights(SameDiff graph) {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        for (SDVariable v : graph.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                weights.put(v.name(), v.getArr());
            }
        }
        return weights;
    }

    /**
     * @param graph a training or inference graph, or one loaded from a checkpoint
     * @return the name of the first trainable variable (in graph order) holding NaN or an infinity,
     *         empty if every weight is finite; a diverged run leaves such weights behind
     */
    public static Optional<String> firstNonFiniteWeight(SameDiff graph) {
        for (SDVariable v : graph.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE && BooleanIndexing.or(v.getArr(), Conditions.notFinite())) {
                return Optional.of(v.name());
            }
        }
        return Optional.empty();
    }

    /** Embeddings and all blocks, up to (not including) the final LayerNorm. */
    private SDVariable trunk() {
        tokens = sd.placeHolder(TOKENS, DataType.INT32, -1, -1);                        // [B, T]
        SDVariable batchTime = sd.shape(tokens).castTo(DataType.INT64);                 // [2] = (B, T)
        shapeBTC = sd.concat(0, batchTime, longs(config.embedding()));                  // [3]
        shapeBTHD = sd.concat(0, batchTime, longs(config.heads(), config.headSize()));  // [4]
        SDVariable positions = sd.range(sd.constant(0), sd.sizeAt(tokens, 1).castTo(DataType.INT32),
                sd.constant(1), DataType.INT32);                                        // [T]
        causalMask = causalMask(positions);                                             // [T, T]
        SDVariable x = embed(positions);                                                // [B*T, C]
        for (int layer = 0; layer < config.layers(); layer++) {
            x = block(x, layer);                                                        // [B*T, C]
        }
        return x;
    }

    private SDVariable embed(SDVariable positions) {
        int v = config.vocabSize();
        int c = config.embedding();
        SDVariable wte = matrix("wte", INIT_STD, v, c);                                 // [V, C]
        SDVariable wpe = matrix("wpe", INIT_STD, config.contextLength(), c);            // [ctx, C]
        SDVariable flat = tokens.reshape(-1);                                           // [B*T]
        SDVariable tok = sd.oneHot(flat, v).castTo(DataType.FLOAT).mmul(wte);           // [B*T, C]
        SDVariable pos = sd.oneHot(positions, config.contextLength())
                .castTo(DataType.FLOAT).mmul(wpe);                                      // [T, C]
        SDVariable sum = sd.reshape(tok, shapeBTC).add(pos);                            // [B, T, C]
        SDVariable flatSum = sum.reshape(-1, c);                                        // [B*T, C]
        int f = config.positionFeatures();
        if (f == 0) {
            return flatSum;
        }
        SDVariable board = sd.placeHolder(BOARD, DataType.FLOAT, -1, -1, f);            // [B, T, F]
        SDVariable wboard = matrix("wboard", INIT_STD, f, c);                           // [F, C]
        return flatSum.add(board.reshape(-1, f).mmul(wboard));                          // [B*T, C]
    }

    /** Causal self-attention: each position attends to itself and earlier positions only. */
    private SDVariable attention(SDVariable x, int layer) {
        String p = "h" + layer + ".attn.";
        int c = config.embedding();
        SDVariable q = heads(linear(x, p + "q", c, c, INIT_STD));                       // [B, H, T, D]
        SDVariable k = heads(linear(x, p + "k", c, c, INIT_STD));                       // [B, H, T, D]
        SDVariable v = heads(linear(x, p + "v", c, c, INIT_STD));                       // [B, H, T, D]
        SDVariable scores = sd.mmul(q, k, false, true, false)
                .mul(1.0 / Math.sqrt(config.headSize()));                               // [B, H, T, T]
        SDVariable weights = sd.nn.softmax(scores.add(causalMask), 3);                  // [B, H, T, T]
        SDVariable y = weights.mmul(v).permute(0, 2, 1, 3);                             // [B, T, H, D]
        SDVariable merged = y.reshape(-1, c);                                           // [B*T, C]
        return linear(merged, p + "proj", c, c, residualStd());                         // [B*T, C]
    }

    private SDVariable mlp(SDVariable x, int layer) {
        String p = "h" + layer + ".mlp.";
        int c = config.embedding();
        int hidden = c * config.mlpRatio();
        SDVariable h = sd.nn.gelu(linear(x, p + "fc", c, hidden, INIT_STD));            // [B*T, rC]
        return linear(h, p + "proj", hidden, c, residualStd());                         // [B*T, C]
    }

    /** Pre-LayerNorm residual block (GPT-2): x + attn(ln(x)), then x + mlp(ln(x)). */
    private SDVariable block(SDVariable x, int layer) {
        String p = "h" + layer + ".";
        x = x.add(attention(layerNorm(x, p + "ln1"), layer));                           // [B*T, C]
        return x.add(mlp(layerNorm(x, p + "ln2"), layer));                              // [B*T, C]
    }

    /** LayerNorm over C from mean and biased variance (Ba et al., 2016), as PyTorch computes it. */
    private SDVariable layerNorm(SDVariable x, String name) {
        int c = config.embedding();
        SDVariable gain = vector(name + ".g", 1.0, c);                                  // [C]
        SDVariable bias = vector(name + ".b", 0.0, c);                                  // [C]
        SDVariable centered = x.sub(x.mean(true, 1));                                   // [N, C]
        SDVariable variance = centered.mul(centered).mean(true, 1);                     // [N, 1]
        SDVariable inverseStd = sd.math.rsqrt(variance.add(LAYER_NORM_EPS));            // [N, 1]
        SDVariable normed = centered.mul(inverseStd);                                   // [N, C]
        return normed.mul(gain).add(bias);                                              // [N, C]
    }

    /**
     * Final LayerNorm, then logits through the transposed token embedding (weight tying). A board-aware encoding adds
     * a factorized square head: scores for the 64 from-squares and the 64 to-squares of the move, {@code [N, 64]}
     * each, spread onto the move tokens through constant 0/1 matrices {@code [64, V]}; a move's logit is then its
     * token score plus "how good is moving from a" plus "how good is landing on b", which a small model learns from
     * the board's capture and threat planes much faster than 1970 separate token directions.
     */
    private SDVariable lmHead(SDVariable x, String name) {
        SDVariable normed = layerNorm(x, "lnf");                                        // [N, C]
        if (config.positionFeatures() == 0) {
            return sd.mmul(name, normed, sd.getVariable("wte"), false, true, false);    // [N, V]
        }
        SDVariable tokensLogits = sd.mmul(normed, sd.getVariable("wte"), false, true, false); // [N, V]
        int c = config.embedding();
        SDVariable from = linear(normed, "head.from", c, 64, INIT_STD);                 // [N, 64]
        SDVariable to = linear(normed, "head.to", c, 64, INIT_STD);                     // [N, 64]
        SDVariable squares = sd.concat(1, from, to);                                    // [N, 128]
        SDVariable spread = sd.constant(squaresOfTokens(config.tokenEncoding()));       // [128, V]
        return tokensLogits.add(name, squares.mmul(spread));                            // [N, V]
    }

    /** Rows 0..63: 1 where a token's move starts on that square; rows 64..127: where it ends. Specials: 0. */
    private static INDArray squaresOfTokens(dev.transcend.core.encoding.Encoding encoding) {
        int v = encoding.vocabularySize();
        float[] m = new float[128 * v];
        for (int id = 0; id < v; id++) {
            java.util.Optional<String> move = encoding.decode(id);
            if (move.isPresent()) {
                String uci = move.get();
                int from = (uci.charAt(1) - '1') * 8 + (uci.charAt(0) - 'a');
                int to = (uci.charAt(3) - '1') * 8 + (uci.charAt(2) - 'a');
                m[from * v + id] = 1f;
                m[(64 + to) * v + id] = 1f;
            }
        }
        return Nd4j.create(m, new long[] {128, v}, 'c');
    }

    /** Mean next-move cross-entropy over the targets whose mask is 1 (over candidate moves only if the encoding says so). */
    private void loss(SDVariable logits) {
        SDVariable targets = sd.placeHolder(TARGETS, DataType.INT32, -1, -1);           // [B, T]
        SDVariable mask = sd.placeHolder(TARGET_MASK, DataType.FLOAT, -1, -1);          // [B, T]
        SDVariable flatTargets = targets.reshape(-1);                                   // [B*T]
        SDVariable scored = logits;                                                     // [B*T, V]
        if (config.tokenEncoding().scoresCandidatesOnly()) {
            SDVariable candidates = sd.placeHolder(CANDIDATES, DataType.FLOAT, -1, config.vocabSize());
            scored = logits.add(candidates);                                            // [B*T, V]
        }
        SDVariable nll = sd.loss.sparseSoftmaxCrossEntropy(scored, flatTargets);        // [B*T]
        SDVariable flatMask = mask.reshape(-1);                                         // [B*T]
        SDVariable total = nll.mul(flatMask).sum();                                     // []
        total.div(LOSS, flatMask.sum());                                                // []
        sd.setLossVariables(LOSS);
    }

    /** [B*T, C] -> [B, H, T, D] */
    private SDVariable heads(SDVariable x) {
        return sd.reshape(x, shapeBTHD).permute(0, 2, 1, 3);
    }

    /** Additive mask: 0 where key position j <= query position i, {@link #MASKED} where j > i. */
    private SDVariable causalMask(SDVariable positions) {
        SDVariable rows = positions.reshape(-1, 1);                                     // [T, 1]
        SDVariable cols = positions.reshape(1, -1);                                     // [1, T]
        return sd.gt(cols, rows).castTo(DataType.FLOAT).mul(MASKED);                    // [T, T]
    }

    private SDVariable linear(SDVariable x, String name, int in, int out, double std) {
        SDVariable w = matrix(name + ".w", std, in, out);                               // [in, out]
        SDVariable b = vector(name + ".b", 0.0, out);                                   // [out]
        return x.mmul(w).add(b);                                                        // [N, out]
    }

    private double residualStd() {
        return INIT_STD / Math.sqrt(2.0 * config.layers());
    }

    /** A trainable matrix drawn from normal(0, std), from one seeded stream in creation order. */
    private SDVariable matrix(String name, double std, long rows, long cols) {
        float[] values = new float[Math.toIntExact(rows * cols)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (init.nextGaussian() * std);
        }
        return sd.var(name, Nd4j.create(values, new long[] {rows, cols}, 'c'));
    }

    /** A trainable vector filled with {@code value}: 1 for LayerNorm gains, 0 for biases. */
    private SDVariable vector(String name, double value, long length) {
        return sd.var(name, Nd4j.valueArrayOf(new long[] {length}, value, DataType.FLOAT));
    }

    private SDVariable longs(long... values) {
        return sd.constant(Nd4j.createFromArray(values));
    }
}
