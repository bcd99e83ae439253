package dev.transcend.model.policy;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.UciMoveBoardEncoding;
import dev.transcend.core.encoding.UciMoveEncoding;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.gpt.GptWeights;
import dev.transcend.model.testing.GeneratedGames;
import dev.transcend.model.testing.RealGames;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.model.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key/value-cached policy ({@link CachedGptPolicy}) gives {@link GptPolicy}'s logits (the SameDiff full forward) at
 * every position of random legal games, for both encodings, at seeded initial weights and after a short training run
 * loaded from disk: the cache extended one or two plies per call, a new game, another game of the same length, a
 * shorter prefix, and the sliding window past the context.
 *
 * <p>Tolerance: the largest absolute difference over the V logits is at most {@link #TOLERANCE} times the reference's
 * largest absolute logit (at least 1). Both compute in float32, in another order of summation (OpenBLAS against plain
 * loops): measured up to 4e-7 of the scale over all these positions. Computing the tanh GELU instead of SameDiff's
 * sigmoid one moves the logits by 3e-4 to 6e-4 of their scale at the first position already.
 */
class CachedGptPolicyTest {

    private static final double TOLERANCE = 1e-5;
    /** 24 tokens of context: 23 plies. */
    private static final GptConfig MOVES = new GptConfig(24, 2, 4, 32, 4, UciMoveEncoding.ID);
    private static final GptConfig BOARD = new GptConfig(24, 2, 4, 32, 4, UciMoveBoardEncoding.ID);
    private static final TrainSettings TINY_TRAINING = new TrainSettings(8, 4, 1e-2, 1e-2, 1, 0.1, 0.9, 0.99, 8, 1, 8,
            4, 2L);

    @Test
    void initialWeightsGiveTheFullForwardsLogitsAtEveryPosition() {
        for (GptConfig config : List.of(MOVES, BOARD)) {
            Map<String, INDArray> weights = Gpt.weights(Gpt.training(config, 7));
            try (GptPolicy reference = new GptPolicy(config, weights, "reference");
                 CachedGptPolicy cached = new CachedGptPolicy(GptWeights.of(config, weights), "cached")) {
                compareOnGames(config, reference, cached);
            }
        }
    }

    @Test
    void aTrainedMovesOnlyCheckpointFromDiskGivesTheFullForwardsLogits(@TempDir Path dir) throws IOException {
        trainedCheckpoint(dir, MOVES, null);
    }

    @Test
    void aTrainedBoardAwareCheckpointFromDiskGivesTheFullForwardsLogits(@TempDir Path dir) throws IOException {
        trainedCheckpoint(dir, BOARD, UciMoveBoardEncoding.ID);
    }

    @Test
    void theNewRowsBoardsAreTheWholeGamesRows() {
        Encoding encoding = BOARD.tokenEncoding();
        int f = encoding.positionFeatures();
        int context = BOARD.contextLength();
        List<String> game = game(40, 15);
        for (int plies : new int[] {0, 9, 23, 24, 40}) { // fits, fits exactly, one past the context, far past
            int[] input = encoding.encode(game.subList(0, plies));
            float[] all = PolicyInput.window(encoding, input, context).board();            // [T, F]
            int time = all.length / f;
            for (int firstRow : new int[] {0, 1, time / 2, time - 1, time}) {
                float[] rows = PolicyInput.windowBoards(encoding, input, context, firstRow); // [T - firstRow, F]
                assertArrayEquals(java.util.Arrays.copyOfRange(all, firstRow * f, time * f), rows,
                        plies + " plies, from row " + firstRow);
            }
        }
    }

    @Test
    void badInputsAreRefusedAsByTheFullForward() {
        Map<String, INDArray> weights = Gpt.weights(Gpt.training(MOVES, 7));
        try (CachedGptPolicy cached = new CachedGptPolicy(GptWeights.of(MOVES, weights), "cached")) {
            Encoding encoding = MOVES.tokenEncoding();
            IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                    () -> cached.nextTokenLogits(encoding.encode(RandomGames.moves(24, 5))));
            assertEquals("input of 25 tokens does not fit the model's context of 1..24 (23 plies after BOS)",
                    tooLong.getMessage());
            assertThrows(IllegalArgumentException.class, () -> cached.nextTokenLogits(new int[0]));
            assertThrows(IllegalArgumentException.class, () -> cached.nextTokenLogits(new int[] {encoding.bos(), 5000}));
        }
        weights.get("h1.mlp.fc.w").putScalar(0, 0, Float.NaN);
        try (CachedGptPolicy broken = new CachedGptPolicy(GptWeights.of(MOVES, weights), "diverged@step40")) {
            NonFiniteLogitsException e = assertThrows(NonFiniteLogitsException.class,
                    () -> broken.nextTokenLogits(new int[] {MOVES.tokenEncoding().bos()}));
            assertTrue(e.getMessage().startsWith("diverged@step40: the logit of token 0 is NaN after 1 input tokens"),
                    e.getMessage());
        }
        Map<String, INDArray> wrong = new java.util.HashMap<>(weights);
        wrong.remove("h0.attn.k.w");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GptWeights.of(MOVES, wrong));
        assertEquals("weight 'h0.attn.k.w' is missing", missing.getMessage());
    }

    private static void trainedCheckpoint(Path dir, GptConfig config, String encoding) throws IOException {
        Path dataset = GeneratedGames.writeDataset(dir.resolve("data"), 64, 8);
        if (encoding != null) {
            RealGames.writeManifest(dataset, encoding);
        }
        Trainer.run(dataset, config, TINY_TRAINING, dir.resolve("run"), false, false);
        Checkpoint checkpoint = Checkpoint.load(dir.resolve("run").resolve(Trainer.CHECKPOINT_DIR));
        try (MovePolicy reference = checkpoint.referencePolicy(); MovePolicy cached = checkpoint.policy()) {
            assertInstanceOf(GptPolicy.class, reference);
            assertInstanceOf(CachedGptPolicy.class, cached);
            assertEquals(reference.name(), cached.name());
            assertEquals(reference.maxPlies(), cached.maxPlies());
            assertTrue(cached.slidesContext());
            compareOnGames(config, reference, cached);
        }
    }

    /**
     * Every position of three games played one ply per call, the second game two plies per call (the arena's pattern),
     * then prefix changes, then one game far past the context through the sliding window.
     */
    private static void compareOnGames(GptConfig config, MovePolicy reference, MovePolicy cached) {
        Encoding encoding = config.tokenEncoding();
        int fit = config.maxPlies();
        List<String> a = game(fit, 11);
        List<String> b = game(fit, 12);
        List<String> c = game(fit, 13);
        for (int plies = 0; plies <= fit; plies++) {
            same(reference, cached, encoding.encode(a.subList(0, plies)), false, "game a, ply " + plies);
        }
        for (int plies = 1; plies <= fit; plies += 2) {
            same(reference, cached, encoding.encode(b.subList(0, plies)), false, "game b, ply " + plies);
        }
        same(reference, cached, encoding.encode(c), false, "game c whole, after game b");
        same(reference, cached, encoding.encode(c), false, "game c whole, asked again");
        same(reference, cached, encoding.encode(a), false, "game a whole, same length as c");
        same(reference, cached, encoding.encode(a.subList(0, 9)), false, "a shorter prefix of game a");
        same(reference, cached, encoding.encode(b.subList(0, 9)), false, "game b, same length, other prefix");
        same(reference, cached, encoding.encode(List.of()), false, "a new game");
        List<String> longGame = game(2 * fit + 5, 14);
        for (int plies = 0; plies <= longGame.size(); plies += plies < fit - 3 ? 3 : 1) {
            same(reference, cached, encoding.encode(longGame.subList(0, plies)), true, "long game, ply " + plies);
        }
        same(reference, cached, encoding.encode(longGame), true, "long game, asked again");
        same(reference, cached, encoding.encode(a), true, "game a windowed, after the long game");
    }

    private static void same(MovePolicy reference, MovePolicy cached, int[] input, boolean windowed, String what) {
        float[] expected = windowed ? reference.nextTokenLogitsWindowed(input) : reference.nextTokenLogits(input);
        float[] actual = windowed ? cached.nextTokenLogitsWindowed(input) : cached.nextTokenLogits(input);
        assertEquals(expected.length, actual.length, what);
        double scale = 1;
        double worst = 0;
        for (int v = 0; v < expected.length; v++) {
            scale = Math.max(scale, Math.abs(expected[v]));
            worst = Math.max(worst, Math.abs(expected[v] - actual[v]));
        }
        assertTrue(worst <= TOLERANCE * scale, what + ": logits differ by up to " + worst + " (scale " + scale + ")");
    }

    private static List<String> game(int plies, long seed) {
        List<String> moves = RandomGames.moves(plies, seed);
        assertEquals(plies, moves.size(), "the random game ended early; pick another seed");
        return moves;
    }
}
