package dev.transcend.model.train;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.provenance.TermChange;
import dev.transcend.core.provenance.Terms;

import java.util.List;
import java.util.Set;

/**
 * How to train, read from YAML with camelCase keys; a missing key takes the default below (sized
 * for the quickstart model on a 2-core laptop). The optimizer is AdamW (Adam with decoupled weight
 * decay on matrices, see {@link MatrixWeightDecay}) with linear warmup then cosine decay of the
 * learning rate (see {@link WarmupCosineSchedule}), as in nanoGPT's {@code train.py}.
 *
 * @param steps optimizer steps in total (default 1000, about 8 minutes for the default model on one core);
 *              a resumed run continues up to this step
 * @param batchSize games per step (default 32); each is one sequence from the game's first move
 * @param learningRate peak learning rate after warmup (default 2e-3)
 * @param minLearningRate learning rate at the end of the cosine decay (default 2e-4, a tenth of the
 *                        peak as nanoGPT recommends)
 * @param warmupSteps steps of linear warmup (default 100, whatever {@code steps} is); a run shorter than
 *                    this warms up over all its steps ({@link #schedule()} uses {@code min(warmupSteps, steps)})
 * @param weightDecay decoupled weight decay coefficient for matrices (default 0.1, nanoGPT)
 * @param beta1 Adam first-moment decay (default 0.9)
 * @param beta2 Adam second-moment decay (default 0.99, nanoGPT's choice for small models)
 * @param evalEvery steps between validation-loss evaluations (default 100); the last step is always evaluated
 * @param evalBatches validation batches of {@code batchSize} games per evaluation (default 8), the
 *                    same games every time
 * @param checkpointEvery steps between checkpoints (default 250); the last step always writes one
 * @param logEvery steps between rows of {@code train_log.csv}, each with a training loss measured by an
 *                 extra forward pass (default 10), because SameDiff's {@code fit} reports no loss
 * @param seed seed of the initial weights and of the batches (default 1)
 * @throws ConfigException naming the key, the bad value and the allowed range
 */
public record TrainSettings(Integer steps, Integer batchSize, Double learningRate, Double minLearningRate,
                            Integer warmupSteps, Double weightDecay, Double beta1, Double beta2, Integer evalEvery,
                            Integer evalBatches, Integer checkpointEvery, Integer logEvery, Long seed) {

    /** The settings a resumed run may change. */
    static final Set<String> MAY_CHANGE_ON_RESUME = Set.of("steps", "evalEvery", "checkpointEvery", "logEvery");

    public TrainSettings {
        steps = steps == null ? 1000 : steps;
        batchSize = batchSize == null ? 32 : batchSize;
        learningRate = learningRate == null ? 2e-3 : learningRate;
        minLearningRate = minLearningRate == null ? learningRate / 10 : minLearningRate;
        warmupSteps = warmupSteps == null ? 100 : warmupSteps; // not derived from steps: resume may change steps
        weightDecay = weightDecay == null ? 0.1 : weightDecay;
        beta1 = beta1 == null ? 0.9 : beta1;
        beta2 = beta2 == null ? 0.99 : beta2;
        evalEvery = evalEvery == null ? 100 : evalEvery;
        evalBatches = evalBatches == null ? 8 : evalBatches;
        checkpointEvery = checkpointEvery == null ? 250 : checkpointEvery;
        logEvery = logEvery == null ? 10 : logEvery;
        seed = seed == null ? 1L : seed;
        atLeast("steps", steps, 1);
        atLeast("batchSize", batchSize, 1);
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new ConfigException("learningRate = " + learningRate + " is out of range; allowed: (0, 1]");
        }
        if (!(minLearningRate >= 0 && minLearningRate <= learningRate)) {
            throw new ConfigException("minLearningRate = " + minLearningRate + " is out of range; allowed: 0.."
                    + learningRate + " (learningRate)");
        }
        atLeast("warmupSteps", warmupSteps, 0);
        if (!(weightDecay >= 0 && weightDecay < 1)) {
            throw new ConfigException("weightDecay = " + weightDecay + " is out of range; allowed: [0, 1)");
        }
        beta("beta1", beta1);
        beta("beta2", beta2);
        atLeast("evalEvery", evalEvery, 1);
        atLeast("evalBatches", evalBatches, 1);
        atLeast("checkpointEvery", checkpointEvery, 1);
        atLeast("logEvery", logEvery, 1);
    }

    /** @return every setting at its default */
    public static TrainSettings defaults() {
        return new TrainSettings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** @return a copy with another step budget, e.g. to extend a finished run on resume */
    public TrainSettings withSteps(int newSteps) {
        return new TrainSettings(newSteps, batchSize, learningRate, minLearningRate, warmupSteps, weightDecay, beta1,
                beta2, evalEvery, evalBatches, checkpointEvery, logEvery, seed);
    }

    /**
     * @return the learning-rate schedule these settings describe: warmup over
     *         {@code min(warmupSteps, steps)} steps, then cosine decay to {@code minLearningRate} at {@code steps}
     */
    public WarmupCosineSchedule schedule() {
        return new WarmupCosineSchedule(learningRate, minLearningRate, Math.min(warmupSteps, steps), steps);
    }

    /**
     * What a resumed run may not change: every setting but the step budget ({@code steps}) and the
     * cadence ({@code evalEvery}, {@code checkpointEvery}, {@code logEvery}), since the others decide
     * which batches are drawn and which updates are applied.
     *
     * @param requested the settings asked for on resume
     * @return one change per such setting that differs, in declaration order, e.g. {@code batchSize 32 -> 16};
     *         empty if the run can be resumed with {@code requested}
     */
    public List<TermChange> changesOnResume(TrainSettings requested) {
        return Terms.changes(this, requested).stream().filter(c -> !MAY_CHANGE_ON_RESUME.contains(c.path())).toList();
    }

    private static void atLeast(String key, int value, int min) {
        if (value < min) {
            throw new ConfigException(key + " = " + value + " is out of range; allowed: >= " + min);
        }
    }

    private static void beta(String key, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new ConfigException(key + " = " + value + " is out of range; allowed: [0, 1)");
        }
    }
}
