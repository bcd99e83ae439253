package dev.transcend.model.train;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Learning rate by optimizer step: linear warmup from {@code max / (warmup + 1)} to {@code max},
 * then cosine decay to {@code min} at {@code totalSteps}, then {@code min} (nanoGPT's
 * {@code get_lr}; Loshchilov and Hutter, 2017, "SGDR", for the cosine). The epoch is ignored.
 *
 * <p>ND4J saves the updater's schedule as JSON inside the SameDiff file and rebuilds it with its
 * own (shaded) Jackson on load, so this class keeps a no-argument constructor and annotated
 * fields; ND4J's own {@code RampSchedule} cannot be read back in 1.0.0-M2.1.
 */
public final class WarmupCosineSchedule implements ISchedule {

    private static final long serialVersionUID = 1L;

    @JsonProperty
    private double maxLearningRate;
    @JsonProperty
    private double minLearningRate;
    @JsonProperty
    private int warmupSteps;
    @JsonProperty
    private int totalSteps;

    /** For ND4J's JSON reader only. */
    public WarmupCosineSchedule() {
    }

    /**
     * @param maxLearningRate peak learning rate, reached at the end of warmup
     * @param minLearningRate floor reached at {@code totalSteps}
     * @param warmupSteps optimizer steps of linear warmup, &gt;= 0
     * @param totalSteps step at which the cosine reaches the floor, &gt;= {@code warmupSteps}
     * @throws IllegalArgumentException if the rates or steps are out of order
     */
    public WarmupCosineSchedule(double maxLearningRate, double minLearningRate, int warmupSteps, int totalSteps) {
        if (!(minLearningRate >= 0 && minLearningRate <= maxLearningRate) || warmupSteps < 0 || totalSteps < warmupSteps) {
            throw new IllegalArgumentException("bad schedule: lr " + maxLearningRate + " -> " + minLearningRate
                    + ", warmup " + warmupSteps + " of " + totalSteps + " steps");
        }
        this.maxLearningRate = maxLearningRate;
        this.minLearningRate = minLearningRate;
        this.warmupSteps = warmupSteps;
        this.totalSteps = totalSteps;
    }

    /**
     * @param iteration optimizer steps already taken (0 for the first update)
     * @param epoch ignored
     * @return the learning rate for this update
     */
    @Override
    public double valueAt(int iteration, int epoch) {
        if (iteration < warmupSteps) {
            return maxLearningRate * (iteration + 1) / (warmupSteps + 1);
        }
        if (iteration >= totalSteps || totalSteps == warmupSteps) {
            return minLearningRate;
        }
        double progress = (iteration - warmupSteps) / (double) (totalSteps - warmupSteps);
        double cosine = 0.5 * (1 + Math.cos(Math.PI * progress));
        return minLearningRate + cosine * (maxLearningRate - minLearningRate);
    }

    @Override
    public ISchedule clone() {
        return new WarmupCosineSchedule(maxLearningRate, minLearningRate, warmupSteps, totalSteps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WarmupCosineSchedule s && s.maxLearningRate == maxLearningRate
                && s.minLearningRate == minLearningRate && s.warmupSteps == warmupSteps && s.totalSteps == totalSteps;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxLearningRate, minLearningRate, warmupSteps, totalSteps);
    }

    @Override
    public String toString() {
        return "WarmupCosineSchedule(" + maxLearningRate + " -> " + minLearningRate + ", warmup " + warmupSteps
                + ", total " + totalSteps + ")";
    }
}
