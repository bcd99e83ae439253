package dev.transcend.core.policy;

/** How a model's logits become a move in a game. */
public enum SamplingProtocol {
    /**
     * Sample at temperature tau over the legal moves only (illegal tokens masked out before the
     * softmax); the model never plays an illegal move.
     */
    LEGAL_MOVES,
    /**
     * The paper's protocol (Zhang et al., 2024, section 4): sample over the whole vocabulary at
     * temperature tau; an illegal sample is retried, and after the allowed number of tries (5 in the
     * paper) the game is lost.
     */
    FULL_VOCABULARY
}
