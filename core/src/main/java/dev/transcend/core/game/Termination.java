package dev.transcend.core.game;

/**
 * Why a game ended (after cutechess's typed results). The first five are rules of chess; the rest
 * are decided by the arena.
 */
public enum Termination {
    CHECKMATE,
    STALEMATE,
    INSUFFICIENT_MATERIAL,
    FIFTY_MOVE_RULE,
    THREEFOLD_REPETITION,
    /** The ply limit was reached; scored as a draw (paper: games stopped at move 90 count as draws). */
    MOVE_LIMIT,
    /**
     * The model to move would need more plies of context than it has ({@code play.contextOverflow: end}); scored as a
     * draw, like {@link #MOVE_LIMIT} (the paper's move-90 rule scores a game the model cannot finish as a draw).
     */
    CONTEXT_FULL,
    /**
     * The ply limit was reached and an engine's evaluation of the final position decided the game
     * ({@code play.adjudication}): a win for the side the engine favours by at least the margin (or a mate it sees);
     * otherwise the game is a {@link #MOVE_LIMIT} draw.
     */
    ADJUDICATED,
    /** The model sampled no legal move within its allowed tries; scored as a loss (paper protocol). */
    NO_LEGAL_SAMPLE,
    /** An engine answered with a move that is not legal; scored as a loss for the engine. */
    ILLEGAL_MOVE,
    /** An engine process died or closed its output; scored as a loss for that engine. */
    ENGINE_CRASH,
    /** An engine did not answer within its time limit; scored as a loss for that engine. */
    ENGINE_TIMEOUT;

    /** @return whether the game ended by the rules of chess rather than by the arena */
    public boolean isByRules() {
        return ordinal() <= THREEFOLD_REPETITION.ordinal();
    }

    /**
     * @return whether an engine's fault decided the game: {@link #ILLEGAL_MOVE}, {@link #ENGINE_CRASH} or
     *         {@link #ENGINE_TIMEOUT} (a model that draws no legal move loses by {@link #NO_LEGAL_SAMPLE}
     *         instead, the paper's rule)
     */
    public boolean isEngineFault() {
        return this == ILLEGAL_MOVE || this == ENGINE_CRASH || this == ENGINE_TIMEOUT;
    }
}
