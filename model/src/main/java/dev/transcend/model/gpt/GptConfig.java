package dev.transcend.model.gpt;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;

/**
 * Shape of the decoder-only transformer (after nanoGPT's {@code GPTConfig}), read from YAML with
 * camelCase keys; a missing key takes the default below. The vocabulary is the {@link Encoding}'s named by
 * {@code encoding}; the checkpoint stores this record (so the encoding's id), and the vocabulary's size and
 * fingerprint.
 *
 * @param contextLength tokens the model sees at once, BOS included (default 192): a game capped at
 *                      the paper's 90 full moves is 180 plies and fits with room to spare; the
 *                      model accepts histories of up to {@code contextLength - 1} plies
 * @param layers transformer blocks (default 2)
 * @param heads attention heads per block (default 4); must divide {@code embedding}
 * @param embedding width d_model of the residual stream, C (default 128)
 * @param mlpRatio hidden width of the MLP as a multiple of C (default 4, as in GPT-2)
 * @param encoding id of the token encoding (default {@code uci-move-v1}, one token per UCI move, V = 1970; also what
 *                 a checkpoint written before encodings were recorded reads as); training refuses a dataset
 *                 prepared with another
 * @throws ConfigException naming the key, the bad value and the allowed range (for {@code encoding}, the known ids)
 */
public record GptConfig(Integer contextLength, Integer layers, Integer heads, Integer embedding, Integer mlpRatio,
                        String encoding) {

    /** Default context length in tokens: 180 plies (90 full moves) + BOS, rounded up. */
    public static final int DEFAULT_CONTEXT_LENGTH = 192;
    /** Largest context length accepted; attention memory grows with its square. */
    public static final int MAX_CONTEXT_LENGTH = 1024;

    public GptConfig {
        contextLength = contextLength == null ? DEFAULT_CONTEXT_LENGTH : contextLength;
        layers = layers == null ? 2 : layers;
        heads = heads == null ? 4 : heads;
        embedding = embedding == null ? 128 : embedding;
        mlpRatio = mlpRatio == null ? 4 : mlpRatio;
        encoding = encoding == null ? Encodings.DEFAULT_ID : encoding;
        if (Encodings.find(encoding).isEmpty()) {
            throw new ConfigException("encoding '" + encoding + "' is unknown; allowed: "
                    + String.join(", ", Encodings.ids()));
        }
        check("contextLength", contextLength, 2, MAX_CONTEXT_LENGTH);
        check("layers", layers, 1, 64);
        check("heads", heads, 1, 64);
        check("embedding", embedding, 1, 4096);
        check("mlpRatio", mlpRatio, 1, 16);
        if (embedding % heads != 0) {
            throw new ConfigException("embedding " + embedding + " is not divisible by heads " + heads
                    + "; embedding must be a multiple of heads");
        }
    }

    /** A shape in the default encoding, {@code uci-move-v1}; null values take the defaults. */
    public GptConfig(Integer contextLength, Integer layers, Integer heads, Integer embedding, Integer mlpRatio) {
        this(contextLength, layers, heads, embedding, mlpRatio, null);
    }

    /** @return the defaults: 192 tokens of context, 2 layers, 4 heads, C = 128, MLP ratio 4, {@code uci-move-v1} */
    public static GptConfig defaults() {
        return new GptConfig(null, null, null, null, null, null);
    }

    /** @return the encoding named by {@link #encoding()} */
    public Encoding tokenEncoding() {
        return Encodings.byId(encoding);
    }

    /** @return vocabulary size V of the encoding (1970 for {@code uci-move-v1}) */
    public int vocabSize() {
        return tokenEncoding().vocabularySize();
    }

    /** @return F, board features per input position of the encoding (0 for a moves-only encoding) */
    public int positionFeatures() {
        return tokenEncoding().positionFeatures();
    }

    /** @return width of one attention head, {@code embedding / heads} */
    public int headSize() {
        return embedding / heads;
    }

    /** @return the longest game, in plies, whose input fits the context: {@code contextLength - 1} for one token per
     *          move (BOS takes one slot) */
    public int maxPlies() {
        return tokenEncoding().maxPlies(contextLength);
    }

    /**
     * @return trainable parameters: token embeddings (tied with the LM head, as in nanoGPT), position
     *         embeddings, the board projection {@code [F, C]} and the from/to square head of a board-aware encoding,
     *         per block two LayerNorms, attention (q, k, v, output projection) and MLP with
     *         biases, and the final LayerNorm
     */
    public long parameterCount() {
        long c = embedding;
        long hidden = c * mlpRatio;
        long layerNorm = 2 * c;
        long attention = 4 * (c * c + c);
        long mlp = c * hidden + hidden + hidden * c + c;
        long block = 2 * layerNorm + attention + mlp;
        long squareHead = positionFeatures() > 0 ? 2 * (c * 64 + 64) : 0;
        return (long) vocabSize() * c + (long) contextLength * c + (long) positionFeatures() * c + squareHead
                + layers * block + layerNorm;
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(key + " = " + value + " is out of range; allowed: " + min + ".." + max);
        }
    }
}
