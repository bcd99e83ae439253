package dev.transcend.core.policy;

import dev.transcend.core.encoding.Encoding;

/**
 * Next-move scores of a model, knowing nothing of chess rules or UCI engines (after Stockfish's
 * split of engine and protocol): the arena adapts a policy to games, a sampler turns scores into a
 * move.
 *
 * <p>The policy reads and scores token ids of its {@link #encoding()} (the one its checkpoint was trained with); the
 * arena encodes the game with it and decodes the drawn token with it.
 *
 * <p>Implementations are not required to be thread-safe; open one policy per game slot.
 */
public interface MovePolicy extends AutoCloseable {

    /**
     * @param input the model input for the game so far, {@code encoding().encode(movesSoFar)} (BOS first); a game of
     *              at most {@link #maxPlies()} plies always fits
     * @return unnormalized logits for the next token, shape {@code [V]}, V = {@code encoding().vocabularySize()}
     * @throws IllegalArgumentException if {@code input} is longer than the model's context or holds an id outside
     *                                  the vocabulary
     */
    float[] nextTokenLogits(int[] input);

    /**
     * Next-token logits for a game of any length, read through a sliding window: a game that fits is read whole (the
     * result equals {@link #nextTokenLogits}), a longer one only as far back as the context holds, as nanoGPT's
     * {@code generate} crops its input to the last {@code block_size} tokens
     * ({@code idx_cond = idx if idx.size(1) <= self.config.block_size else idx[:, -self.config.block_size:]},
     * {@code model.py}). The policy crops, not the caller: only the policy knows how what it reads beside the tokens is
     * derived (a board-aware encoding's board comes from the whole game since the start position, so a cropped token
     * array would give wrong boards). Used by the arena under {@code play.contextOverflow: slide}.
     *
     * <p>The default reads the whole input, so it accepts only a game that fits ({@link #slidesContext()} is false);
     * a policy that can slide overrides both.
     *
     * @param input the model input for the whole game so far, {@code encoding().encode(movesSoFar)} (BOS first), of
     *              any length
     * @return unnormalized logits for the next token, shape {@code [V]}
     * @throws IllegalArgumentException if {@code input} holds an id outside the vocabulary, or (a policy that does not
     *                                  slide) is longer than the context
     */
    default float[] nextTokenLogitsWindowed(int[] input) {
        return nextTokenLogits(input);
    }

    /**
     * @return whether {@link #nextTokenLogitsWindowed} accepts a game longer than {@link #maxPlies()} (default false)
     */
    default boolean slidesContext() {
        return false;
    }

    /** @return the encoding of the token ids the policy reads and scores */
    Encoding encoding();

    /** @return the longest game, in plies, whose input the policy accepts ({@code encoding().maxPlies(context)}) */
    int maxPlies();

    /** @return a short name for reports and PGN headers, e.g. {@code quickstart@step1500} */
    String name();

    /** Releases native memory; the default does nothing. */
    @Override
    default void close() {
    }
}
