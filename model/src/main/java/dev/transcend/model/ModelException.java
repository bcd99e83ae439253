package dev.transcend.model;

/**
 * A failure of the model itself rather than of its inputs or configuration: training that diverged,
 * weights that produce non-finite logits, or a compute device the ND4J build cannot use. The
 * {@code transcend} command maps every subclass to its model exit code (5); the message says what
 * happened and what to do.
 */
public abstract class ModelException extends RuntimeException {

    /** @param message what failed, with the numbers that show it, and the way out */
    protected ModelException(String message) {
        super(message);
    }
}
