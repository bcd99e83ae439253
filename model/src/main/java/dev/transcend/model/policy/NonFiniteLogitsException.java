package dev.transcend.model.policy;

import dev.transcend.model.ModelException;

/**
 * A policy's forward pass produced NaN or infinite logits: its weights are broken (a diverged run,
 * or overflow), and sampling from such logits would silently pick a fixed move. Play must stop rather
 * than record games the model did not really play.
 */
public final class NonFiniteLogitsException extends ModelException {

    /** @param message the policy, the history length in plies, the first bad token id and its value */
    public NonFiniteLogitsException(String message) {
        super(message);
    }

    /**
     * @param logits a policy's logits {@code [V]}
     * @param policy the policy's name
     * @param time input tokens the logits were computed after
     * @throws NonFiniteLogitsException naming the first NaN or infinite logit, if there is one
     */
    static void requireFinite(float[] logits, String policy, int time) {
        for (int id = 0; id < logits.length; id++) {
            if (!Float.isFinite(logits[id])) {
                // argmax or sampling over NaN logits would quietly return a fixed move
                throw new NonFiniteLogitsException(policy + ": the logit of token " + id + " is " + logits[id]
                        + " after " + time + " input tokens; the weights are broken (a diverged training run?)."
                        + " Train the model again with a lower learningRate or more warmupSteps.");
            }
        }
    }
}
