package dev.transcend.core.policy;

/**
 * Next-move scores of a model, knowing nothing of chess rules or UCI engines (after Stockfish's
 * split of engine and protocol): the arena adapts a policy to games, a sampler turns scores into a
 * move.
 *
 * <p>Implementations are not required to be thread-safe; open one policy per game slot.
 */
public interface MovePolicy extends AutoCloseable {

    /**
     * @param history move token ids of the game so far, from the first move, without BOS; its length
     *                is at most {@link #maxPlies()}
     * @return unnormalized logits for the next move, shape {@code [vocab]} (one per token of the
     *         standard {@link dev.transcend.core.vocab.MoveVocabulary})
     * @throws IllegalArgumentException if {@code history} is longer than {@link #maxPlies()}
     */
    float[] nextMoveLogits(int[] history);

    /** @return the longest history, in plies, the policy accepts (context length minus the BOS token) */
    int maxPlies();

    /** @return a short name for reports and PGN headers, e.g. {@code quickstart@step1500} */
    String name();

    /** Releases native memory; the default does nothing. */
    @Override
    default void close() {
    }
}
