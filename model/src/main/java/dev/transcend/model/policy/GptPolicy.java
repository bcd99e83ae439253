package dev.transcend.model.policy;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The transformer as a move policy: feeds the encoded game, {@code [BOS, m1, ..., mk]} in its config's encoding
 * (B = 1, T = k + 1 with one token per move), through an inference-only SameDiff graph of its own and returns the
 * logits at the last position. The
 * whole history is recomputed at every move (no key/value cache); at the quickstart size that costs
 * about 10-20 ms per move on one core. A game longer than the context is read through a sliding window
 * ({@link #nextTokenLogitsWindowed}, {@link PolicyInput}).
 */
public final class GptPolicy implements MovePolicy {

    private final GptConfig config;
    private final Encoding encoding;
    private final String name;
    private final SameDiff graph;

    /**
     * @param config the model shape
     * @param weights trained weights by variable name (as in the training graph); copied
     * @param name the policy's name for reports, e.g. {@code quickstart@step2000}
     * @throws IllegalArgumentException if a weight is missing or has the wrong shape
     */
    public GptPolicy(GptConfig config, Map<String, INDArray> weights, String name) {
        this.config = config;
        this.encoding = config.tokenEncoding();
        this.name = name;
        this.graph = Gpt.inference(config);
        for (SDVariable v : graph.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE) {
                continue;
            }
            INDArray w = weights.get(v.name());
            if (w == null) {
                throw new IllegalArgumentException("weight '" + v.name() + "' is missing");
            }
            if (!Arrays.equals(w.shape(), v.getArr().shape())) {
                throw new IllegalArgumentException("weight '" + v.name() + "' has shape " + Arrays.toString(w.shape())
                        + ", the model needs " + Arrays.toString(v.getArr().shape()));
            }
            v.setArray(w.dup());
        }
    }

    /**
     * A policy with freshly initialized (untrained) weights: it costs exactly what a trained model of the same shape
     * costs per move, so benchmarks of play speed need no checkpoint.
     *
     * @param config the model shape
     * @param seed seed of the initial weights ({@link Gpt#training})
     * @param name the policy's name for reports
     * @return the policy, owned by the caller
     */
    public static GptPolicy initialized(GptConfig config, long seed, String name) {
        return new GptPolicy(config, Gpt.weights(Gpt.training(config, seed)), name);
    }

    /**
     * @param tokens the encoded game so far, BOS first ({@code encoding().encode(moves)}); at most
     *               {@code contextLength} tokens
     * @return logits for the next token, shape {@code [V]} (1970 for {@code uci-move-v1})
     * @throws IllegalArgumentException if the input is empty, too long or holds an id outside the vocabulary
     * @throws NonFiniteLogitsException if any logit is NaN or infinite (broken weights)
     */
    @Override
    public float[] nextTokenLogits(int[] tokens) {
        return logits(PolicyInput.whole(encoding, tokens, config.contextLength()));
    }

    /**
     * The sliding window ({@code play.contextOverflow: slide}): a game longer than the context is read as
     * {@code [BOS, last contextLength - 1 moves]}, each position beside the full game's board at that ply (computed
     * from the start position over the whole game, then cropped); see {@link PolicyInput} for why BOS is kept, unlike
     * nanoGPT's {@code idx[:, -block_size:]}.
     *
     * @param tokens the encoded game so far, BOS first, of any length
     * @return logits for the next token, shape {@code [V]}; a game that fits gives {@link #nextTokenLogits}'s
     * @throws IllegalArgumentException if the input is empty or holds an id outside the vocabulary
     * @throws NonFiniteLogitsException if any logit is NaN or infinite (broken weights)
     */
    @Override
    public float[] nextTokenLogitsWindowed(int[] tokens) {
        return logits(PolicyInput.window(encoding, tokens, config.contextLength()));
    }

    /** @return true: {@link #nextTokenLogitsWindowed} reads a game of any length */
    @Override
    public boolean slidesContext() {
        return true;
    }

    /** Runs the graph on one input: tokens {@code [1, T]} (and board {@code [1, T, F]}) to logits {@code [V]}. */
    private float[] logits(PolicyInput in) {
        int time = in.time();
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(Gpt.TOKENS, Nd4j.createFromArray(in.tokens()).reshape(1, time));            // [1, T]
        float[] board = in.board();
        if (board != null) {
            feed.put(Gpt.BOARD, Nd4j.create(board, new long[] {1, time, encoding.positionFeatures()}, 'c')); // [1, T, F]
        }
        INDArray logits = graph.output(feed, Gpt.LAST_LOGITS).get(Gpt.LAST_LOGITS);         // [1, V]
        float[] values = logits.toFloatVector();
        NonFiniteLogitsException.requireFinite(values, name, time);
        return values;
    }

    @Override
    public Encoding encoding() {
        return encoding;
    }

    /** @return the longest game the context holds, e.g. 191 plies for the default 192 tokens in {@code uci-move-v1} */
    @Override
    public int maxPlies() {
        return config.maxPlies();
    }

    @Override
    public String name() {
        return name;
    }

    /** Frees this policy's copy of the weights. */
    @Override
    public void close() {
        for (SDVariable v : graph.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE && v.getArr().closeable()) {
                v.getArr().close();
            }
        }
    }
}
