package dev.transcend.model.bench;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.model.backend.Nd4jBackend;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.policy.GptPolicy;
import dev.transcend.model.train.BatchIterator;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.model.train.Trainer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Speed of a model shape on this machine, for the CLI's {@code bench} command: training throughput
 * on synthetic full-length batches (random move tokens, every position a real target, so no
 * padding) and the inference latency of one move as play uses it (B = 1, the whole history
 * recomputed, histories of 0 to {@code plies - 1} moves). Weights are freshly initialized; speed does
 * not depend on their values.
 */
public final class ModelBenchmark {

    /** Untimed steps and moves run first, so graph set-up and JIT compilation are not measured. */
    static final int WARMUP = 2;

    private ModelBenchmark() {
    }

    /**
     * Measured speed.
     *
     * @param config the model shape
     * @param parameters its trainable parameter count
     * @param batchSize games per training step
     * @param sequenceLength tokens per game in the training batches, T
     * @param trainingTokensPerSecond target tokens trained per second (forward, backward and AdamW update)
     * @param inferenceMsPerMove mean milliseconds for one call of {@code nextTokenLogits}
     * @param inferencePlies the simulated game length over which the inference time is averaged
     * @param backend the ND4J backend, e.g. {@code CPU (OPENBLAS, 1 thread(s))}
     */
    public record Result(GptConfig config, long parameters, int batchSize, int sequenceLength,
                         double trainingTokensPerSecond, double inferenceMsPerMove, int inferencePlies, String backend) {
    }

    /**
     * @param config the model shape
     * @return the speed with 32 games of 64 tokens per step over 10 steps, and inference over an 80-ply game
     */
    public static Result run(GptConfig config) {
        return run(config, 32, Math.min(64, config.contextLength()), 10, Math.min(80, config.maxPlies()));
    }

    /**
     * @param config the model shape
     * @param batchSize games per training step, &gt;= 1
     * @param sequenceLength tokens per game, 1..contextLength
     * @param trainSteps timed training steps, &gt;= 1
     * @param plies timed inference calls, one per ply of a simulated game, 1..maxPlies + 1
     * @return the measured speed
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Result run(GptConfig config, int batchSize, int sequenceLength, int trainSteps, int plies) {
        if (batchSize < 1 || sequenceLength < 1 || sequenceLength > config.contextLength() || trainSteps < 1
                || plies < 1 || plies > config.maxPlies() + 1) {
            throw new IllegalArgumentException("bad benchmark size: batch " + batchSize + ", T " + sequenceLength
                    + ", steps " + trainSteps + ", plies " + plies + " for " + config);
        }
        Nd4jBackend.requireSupported();
        SplittableRandom rng = new SplittableRandom(1);
        SameDiff training = Gpt.training(config, 1);
        training.setTrainingConfig(Trainer.trainingConfig(TrainSettings.defaults(), config));
        Gpt.prepareGradients(training);
        Encoding encoding = config.tokenEncoding();
        MultiDataSet batch = syntheticBatch(encoding, batchSize, sequenceLength, rng);
        training.fit(new BatchIterator(0, WARMUP, step -> batch), 1);
        long started = System.nanoTime();
        training.fit(new BatchIterator(0, trainSteps, step -> batch), 1);
        double trainSeconds = (System.nanoTime() - started) / 1e9;

        Map<String, INDArray> weights = Gpt.weights(training);
        int[] game = randomMoves(encoding, plies, rng);
        double inferenceMs;
        try (GptPolicy policy = new GptPolicy(config, weights, "benchmark")) {
            for (int i = 0; i < WARMUP; i++) {
                policy.nextTokenLogits(new int[] {encoding.bos()});
            }
            long start = System.nanoTime();
            for (int ply = 0; ply < plies; ply++) {
                int[] input = new int[ply + 1]; // [BOS, m1 .. m_ply]
                input[0] = encoding.bos();
                System.arraycopy(game, 0, input, 1, ply);
                policy.nextTokenLogits(input);
            }
            inferenceMs = (System.nanoTime() - start) / 1e6 / plies;
        }
        return new Result(config, config.parameterCount(), batchSize, sequenceLength,
                (double) batchSize * sequenceLength * trainSteps / trainSeconds, inferenceMs, plies, Nd4jBackend.describe());
    }

    private static MultiDataSet syntheticBatch(Encoding encoding, int batchSize, int time, SplittableRandom rng) {
        int[] tokens = new int[batchSize * time];
        int[] targets = new int[batchSize * time];
        float[] mask = new float[batchSize * time];
        int[] moves = randomMoves(encoding, batchSize * time, rng);
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % time == 0 ? encoding.bos() : moves[i - 1];
            targets[i] = moves[i];
            mask[i] = 1;
        }
        INDArray tokenArray = Nd4j.createFromArray(tokens).reshape(batchSize, time);
        int f = encoding.positionFeatures();
        INDArray[] features = f == 0 ? new INDArray[] {tokenArray}
                : new INDArray[] {tokenArray, Nd4j.rand(DataType.FLOAT, batchSize, time, f)};
        INDArray targetArray = Nd4j.createFromArray(targets).reshape(batchSize, time);
        INDArray maskArray = Nd4j.createFromArray(mask).reshape(batchSize, time);
        INDArray[] labels = encoding.scoresCandidatesOnly()
                ? new INDArray[] {targetArray, maskArray, Nd4j.zeros(DataType.FLOAT, (long) batchSize * time,
                        encoding.vocabularySize())}
                : new INDArray[] {targetArray, maskArray};
        return new MultiDataSet(features, labels);
    }

    /** Random ids from the first move token up (all of them move tokens in {@code uci-move-v1}). */
    private static int[] randomMoves(Encoding encoding, int n, SplittableRandom rng) {
        int[] moves = new int[n];
        int first = encoding.moveTokens().nextSetBit(0);
        for (int i = 0; i < n; i++) {
            moves[i] = rng.nextInt(first, encoding.vocabularySize());
        }
        return moves;
    }
}
