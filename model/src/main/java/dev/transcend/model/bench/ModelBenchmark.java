package dev.transcend.model.bench;

import dev.transcend.core.chess.RandomWalk;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.model.backend.Nd4jBackend;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.gpt.GptWeights;
import dev.transcend.model.policy.CachedGptPolicy;
import dev.transcend.model.policy.GptPolicy;
import dev.transcend.model.train.BatchIterator;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.model.train.Trainer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Speed of a model shape on this machine, for the CLI's {@code bench} command: training throughput
 * on synthetic full-length batches (random move tokens, every position a real target, so no
 * padding) and the inference latency of one move as play uses it (B = 1, one call per ply of a random legal game,
 * histories of 0 to {@code plies - 1} moves): the SameDiff full recompute ({@link GptPolicy}) and the key/value cache
 * ({@link CachedGptPolicy}, what play uses), each as a mean over the game and over its last
 * {@value #TAIL} calls, plus the cached policy's cost of a move once the sliding window moves (a game past the
 * context). Weights are freshly initialized; speed does not depend on their values.
 */
public final class ModelBenchmark {

    /** Untimed steps and moves run first, so graph set-up and JIT compilation are not measured. */
    static final int WARMUP = 2;
    /** Calls at the end of the game whose mean is reported as the cost at the longest history. */
    static final int TAIL = 10;

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
     * @param inference milliseconds per call of {@code nextTokenLogits}, full recompute and cached
     * @param backend the ND4J backend, e.g. {@code CPU (OPENBLAS, 1 thread(s))}
     */
    public record Result(GptConfig config, long parameters, int batchSize, int sequenceLength,
                         double trainingTokensPerSecond, Inference inference, String backend) {
    }

    /**
     * Inference latency over one game, one call per ply (the cache grows by one position per call; in a game against
     * another player it grows by two, which costs one more position).
     *
     * @param plies calls timed, at histories of 0 to {@code plies - 1} moves
     * @param fullMsPerMove mean milliseconds per call of {@link GptPolicy} (the whole history recomputed)
     * @param fullMsAtEnd its mean over the last {@value #TAIL} calls (histories {@code plies - 10 .. plies - 1})
     * @param cachedMsPerMove mean milliseconds per call of {@link CachedGptPolicy}, extending its cache
     * @param cachedMsAtEnd its mean over the last {@value #TAIL} calls
     * @param slidingMsPerMove mean milliseconds per call of {@link CachedGptPolicy#nextTokenLogitsWindowed} on a game
     *                         longer than the context (every call slides the window: the whole window is computed),
     *                         over {@value #TAIL} calls
     */
    public record Inference(int plies, double fullMsPerMove, double fullMsAtEnd, double cachedMsPerMove,
                            double cachedMsAtEnd, double slidingMsPerMove) {
    }

    /**
     * @param config the model shape
     * @return the speed with 32 games of 64 tokens per step over 10 steps, and inference over a 160-ply game (or the
     *         longest that fits)
     */
    public static Result run(GptConfig config) {
        return run(config, 32, Math.min(64, config.contextLength()), 10, Math.min(160, config.maxPlies()));
    }

    /**
     * @param config the model shape
     * @param batchSize games per training step, &gt;= 1
     * @param sequenceLength tokens per game, 1..contextLength
     * @param trainSteps timed training steps, &gt;= 1
     * @param plies timed inference calls, one per ply of a random legal game, 1..maxPlies + 1
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
        Inference inference = inference(config, weights, plies);
        return new Result(config, config.parameterCount(), batchSize, sequenceLength,
                (double) batchSize * sequenceLength * trainSteps / trainSeconds, inference, Nd4jBackend.describe());
    }

    private static Inference inference(GptConfig config, Map<String, INDArray> weights, int plies) {
        Encoding encoding = config.tokenEncoding();
        int tail = Math.min(TAIL, plies);
        List<String> game = legalGame(config.maxPlies() + 1 + TAIL);
        if (game.size() < plies - 1) {
            throw new IllegalStateException("no random walk of " + (plies - 1) + " legal plies in 50 seeds");
        }
        double[] full;
        try (GptPolicy policy = new GptPolicy(config, weights, "benchmark")) {
            full = timeGame(policy, encoding, game, plies, false);
        }
        GptWeights floats = GptWeights.of(config, weights);
        double[] cached;
        try (CachedGptPolicy policy = new CachedGptPolicy(floats, "benchmark")) {
            timeGame(policy, encoding, game, plies, false); // untimed: the JIT compiles the loops (SameDiff needs no such pass)
            cached = timeGame(policy, encoding, game, plies, false);
        }
        double sliding = Double.NaN;
        if (game.size() == config.maxPlies() + 1 + TAIL) {
            try (CachedGptPolicy policy = new CachedGptPolicy(floats, "benchmark")) {
                double[] slid = timeGame(policy, encoding, game, game.size(), true);
                sliding = mean(slid, slid.length - TAIL);
            }
        }
        return new Inference(plies, mean(full, 0), mean(full, plies - tail), mean(cached, 0), mean(cached, plies - tail),
                sliding);
    }

    /** @return milliseconds of each call, at histories 0 .. plies - 1 of {@code game}, after {@link #WARMUP} calls */
    private static double[] timeGame(MovePolicy policy, Encoding encoding, List<String> game, int plies,
                                     boolean windowed) {
        for (int i = 0; i < WARMUP; i++) {
            policy.nextTokenLogits(encoding.encode(game.subList(0, Math.min(i + 1, game.size()))));
        }
        double[] ms = new double[plies];
        for (int ply = 0; ply < plies; ply++) {
            int[] input = encoding.encode(game.subList(0, ply));                         // [BOS, m1 .. m_ply]
            long start = System.nanoTime();
            if (windowed) {
                policy.nextTokenLogitsWindowed(input);
            } else {
                policy.nextTokenLogits(input);
            }
            ms[ply] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double mean(double[] values, int from) {
        double sum = 0;
        for (int i = from; i < values.length; i++) {
            sum += values[i];
        }
        return sum / (values.length - from);
    }

    /**
     * @return a seeded random walk over legal moves of {@code plies} plies, or the longest of the walks tried if none
     *         is that long (the rules may end a walk early)
     */
    private static List<String> legalGame(int plies) {
        List<String> longest = List.of();
        for (long seed = 1; seed <= 50 && longest.size() < plies; seed++) {
            List<String> moves = RandomWalk.moves(plies, seed);
            if (moves.size() > longest.size()) {
                longest = moves;
            }
        }
        return longest;
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
