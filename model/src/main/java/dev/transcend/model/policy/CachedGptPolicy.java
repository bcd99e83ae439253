package dev.transcend.model.policy;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.gpt.GptWeights;
import dev.transcend.model.gpt.IncrementalGpt;

import java.util.Arrays;

/**
 * The transformer as a move policy with a key/value cache: the same inputs and logits as {@link GptPolicy} (within
 * float rounding: {@code CachedGptPolicyTest}), computed by {@link IncrementalGpt} in plain Java. Stateless at the
 * {@link MovePolicy} seam, each call gets the whole game so far: the policy remembers the input its cache covers and
 * computes only the positions after the longest prefix the new input shares with it. In a game the model's input
 * grows by its opponent's move and its own (two positions per call); a new game, or another game of a slot, shares
 * BOS at most and is computed from the start.
 *
 * <p>The sliding window ({@link #nextTokenLogitsWindowed}) reads what {@link GptPolicy}'s reads ({@link PolicyInput}).
 * Once a game is longer than the context, every move slides the window by the plies played since the last call:
 * every window position then holds another token (and board) than before, so the whole window is computed again
 * (contextLength positions, passed through each layer together). A window of the same start, e.g. the same
 * input asked twice, reuses the cache.
 *
 * <p>Not thread-safe (the cache): one policy per game slot, as for every {@link MovePolicy}. The weights are shared.
 */
public final class CachedGptPolicy implements MovePolicy {

    private final GptConfig config;
    private final Encoding encoding;
    private final String name;
    private final IncrementalGpt model;
    /** The whole-game input the cache was computed from: window position t holds its token start + t (BOS at 0). */
    private int[] cachedInput = new int[0];
    /** s: the whole game's row of window position 0 when the cache was computed. */
    private int cachedStart;

    /**
     * @param weights the model's weights (shared, read-only)
     * @param name the policy's name for reports, e.g. {@code quickstart@step2000}
     */
    public CachedGptPolicy(GptWeights weights, String name) {
        this.config = weights.config();
        this.encoding = config.tokenEncoding();
        this.name = name;
        this.model = new IncrementalGpt(weights);
    }

    /**
     * A policy with freshly initialized (untrained) weights: it costs exactly what a trained model of the same shape
     * costs per move, so benchmarks of play speed need no checkpoint.
     *
     * @param config the model shape
     * @param seed seed of the initial weights ({@link Gpt#training})
     * @param name the policy's name for reports
     * @return the policy
     */
    public static CachedGptPolicy initialized(GptConfig config, long seed, String name) {
        return new CachedGptPolicy(GptWeights.of(config, Gpt.weights(Gpt.training(config, seed))), name);
    }

    /**
     * @param tokens the encoded game so far, BOS first ({@code encoding().encode(moves)}); at most
     *               {@code contextLength} tokens
     * @return logits for the next token, shape {@code [V]}
     * @throws IllegalArgumentException as {@link GptPolicy#nextTokenLogits}
     * @throws NonFiniteLogitsException if any logit is NaN or infinite (broken weights)
     */
    @Override
    public float[] nextTokenLogits(int[] tokens) {
        PolicyInput.requireFits(encoding, tokens, config.contextLength());
        return logits(tokens);
    }

    /**
     * The sliding window, read as {@link GptPolicy#nextTokenLogitsWindowed} reads it (see the class comment for what a
     * slide costs).
     *
     * @param tokens the encoded game so far, BOS first, of any length
     * @return logits for the next token, shape {@code [V]}; a game that fits gives {@link #nextTokenLogits}'s
     * @throws IllegalArgumentException as {@link GptPolicy#nextTokenLogitsWindowed}
     * @throws NonFiniteLogitsException if any logit is NaN or infinite (broken weights)
     */
    @Override
    public float[] nextTokenLogitsWindowed(int[] tokens) {
        return logits(tokens);
    }

    /** @return true: {@link #nextTokenLogitsWindowed} reads a game of any length */
    @Override
    public boolean slidesContext() {
        return true;
    }

    /** Brings the cache up to the window of {@code input} and returns the logits after its last position. */
    private float[] logits(int[] input) {
        int context = config.contextLength();
        int time = Math.min(input.length, context);             // T
        int start = input.length - time;                        // s
        int keep = 0;
        if (start == cachedStart && input.length > 0) {
            // window position t depends on input[0 .. s + t] (its token, and its board: the position after s + t moves)
            keep = Math.max(0, Math.min(commonPrefix(cachedInput, input) - start, time - 1));
        }
        keep = Math.min(keep, model.length());
        int[] tokens = PolicyInput.windowTokens(encoding, input, context);                // [T], ids checked
        float[] board = PolicyInput.windowBoards(encoding, input, context, keep);         // [T - keep, F] or null
        model.truncate(keep);
        cachedInput = input.clone();
        cachedStart = start;
        model.append(tokens, keep, time, board, 0);              // positions keep .. T-1, in one pass per layer
        float[] logits = model.logits();                         // [V]
        NonFiniteLogitsException.requireFinite(logits, name, time);
        return logits;
    }

    private static int commonPrefix(int[] a, int[] b) {
        int mismatch = Arrays.mismatch(a, b);
        return mismatch < 0 ? a.length : mismatch;
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
}
