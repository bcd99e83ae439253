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
}
