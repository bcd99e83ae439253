package dev.transcend.model.train;

import dev.transcend.model.ModelException;

/**
 * Training diverged: a measured training or validation loss, or a weight, is NaN or infinite. The
 * trainer stops at once and writes no checkpoint for the diverged state, so the output folder keeps
 * the last checkpoint whose loss was finite (or none, if the run diverged before its first one).
 * Usual causes are a learning rate too high for the model or too little warmup.
 */
public final class TrainingDivergedException extends ModelException {

    private final int step;
    private final double loss;

    /**
     * @param message the step, the quantity that is not finite, the checkpoint kept, and the advice
     * @param step optimizer steps taken when the non-finite value was measured
     * @param loss the measured loss in nats per move (NaN or infinite), or NaN when a weight was the symptom
     */
    public TrainingDivergedException(String message, int step, double loss) {
        super(message);
        this.step = step;
        this.loss = loss;
    }

    /** @return optimizer steps taken when the divergence was detected */
    public int step() {
        return step;
    }

    /** @return the non-finite loss (nats per move), or NaN when a non-finite weight was found instead */
    public double loss() {
        return loss;
    }
}
