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
