package dev.transcend.model.policy;

import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.vocab.MoveVocabulary;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Map;

/**
 * The transformer as a move policy: feeds {@code [BOS, history...]} (B = 1, T = plies + 1) through
 * an inference-only SameDiff graph of its own and returns the logits at the last position. The
 * whole history is recomputed at every move (no key/value cache); at the quickstart size that costs
 * about 10-20 ms per move on one core.
 */
public final class GptPolicy implements MovePolicy {

    private final GptConfig config;
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
     * @param history move token ids from the first move, without BOS; at most {@link #maxPlies()}
     * @return logits for the next move, shape {@code [vocab]} (1970)
     * @throws IllegalArgumentException if the history is too long or holds an id outside the vocabulary
     * @throws NonFiniteLogitsException if any logit is NaN or infinite (broken weights)
     */
    @Override
    public float[] nextMoveLogits(int[] history) {
        if (history.length > maxPlies()) {
            throw new IllegalArgumentException("history of " + history.length + " plies exceeds the model's "
                    + maxPlies() + " (context length " + config.contextLength() + " minus BOS)");
        }
        int[] tokens = new int[history.length + 1];
        tokens[0] = MoveVocabulary.BOS;
        for (int i = 0; i < history.length; i++) {
            if (history[i] < 0 || history[i] >= config.vocabSize()) {
                throw new IllegalArgumentException("token id " + history[i] + " at ply " + (i + 1)
                        + " is outside the vocabulary of " + config.vocabSize());
            }
            tokens[i + 1] = history[i];
        }
        INDArray input = Nd4j.createFromArray(tokens).reshape(1, tokens.length);            // [1, T]
        INDArray logits = graph.output(Map.of(Gpt.TOKENS, input), Gpt.LAST_LOGITS).get(Gpt.LAST_LOGITS); // [1, V]
        float[] values = logits.toFloatVector();
        for (int id = 0; id < values.length; id++) {
            if (!Float.isFinite(values[id])) {
                // argmax or sampling over NaN logits would quietly return a fixed move
                throw new NonFiniteLogitsException(name + ": the logit of token " + id + " is " + values[id]
                        + " after " + history.length + " plies; the weights are broken (a diverged training run?)."
                        + " Train the model again with a lower learningRate or more warmupSteps.");
            }
        }
        return values;
    }

    /** @return context length minus the BOS slot, e.g. 191 for the default 192 */
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
