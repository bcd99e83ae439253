package dev.transcend.model.train;

/**
 * What a training run reached; also the {@code counts} of its {@code manifest.json}.
 *
 * @param step optimizer steps taken in total (over all resumes)
 * @param tokensSeen target move tokens trained on in total (padding excluded)
 * @param trainLoss the last measured training loss in nats per move, or null if none was measured in this invocation
 * @param validationLoss the last validation loss in nats per move, or null if never measured
 * @param bestValidationLoss the lowest validation loss seen, or null
 * @param validationTokens target moves in the fixed validation set (0 when a finished run was resumed as a no-op)
 * @param elapsedSeconds wall-clock seconds of training, summed over resumes
 * @param tokensPerSecond mean training throughput of this invocation, target tokens per second (0 if it trained no step)
 * @param parameterCount trainable parameters of the model
 * @param backend ND4J backend, e.g. {@code CPU (OPENBLAS, 1 thread(s))}
 * @param checkpoint path of the checkpoint folder
 * @param resumed whether this invocation continued from a checkpoint; false for a fresh run, also when a
 *                resume was asked for but the output folder held no checkpoint
 * @param startStep the step this invocation started from: 0 for a fresh run, the checkpoint's step when resumed
 */
public record TrainSummary(int step, long tokensSeen, Double trainLoss, Double validationLoss, Double bestValidationLoss,
                           long validationTokens, double elapsedSeconds, double tokensPerSecond, long parameterCount,
                           String backend, String checkpoint, boolean resumed, int startStep) {
}
