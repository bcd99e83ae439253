package dev.transcend.model.policy;

import dev.transcend.core.testing.RandomGames;

import dev.transcend.core.encoding.Board;
import dev.transcend.core.encoding.BoardFeatures;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.UciMoveBoardEncoding;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.testing.GeneratedGames;
import dev.transcend.model.testing.RealGames;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.model.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sliding window ({@code play.contextOverflow: slide}) on tiny trained models: a game longer than the context is
 * read as {@code [BOS, last contextLength - 1 moves]}; for the moves-only encoding that is exactly the input of the
 * last moves alone, and for the board-aware encoding the board beside every window position is the full game's board
 * at that ply (computed from the start position), not the board of the last moves replayed from the start.
 */
class SlidingWindowTest {

    /** 12 tokens of context: 11 plies after BOS. */
    private static final GptConfig MOVES = new GptConfig(12, 1, 2, 16, 2);
    /** 8 tokens of context: 7 plies after BOS. */
    private static final GptConfig BOARD = new GptConfig(8, 1, 2, 16, 2, UciMoveBoardEncoding.ID);
    private static final TrainSettings TINY_TRAINING = new TrainSettings(8, 4, 1e-2, 1e-2, 1, 0.1, 0.9, 0.99, 8, 1, 8,
            4, 2L);

    @Test
    void aMovesOnlyModelReadsALongGameExactlyAsTheInputOfItsLastMoves(@TempDir Path dir) throws IOException {
        Encoding encoding = MOVES.tokenEncoding();
        List<String> game = randomGame(30, 3);
        try (MovePolicy policy = train(dir, MOVES, null)) {
            assertTrue(policy.slidesContext());
            assertEquals(11, policy.maxPlies());
            for (int plies : new int[] {0, 5, 11}) { // fits: the window is the whole game
                int[] input = encoding.encode(game.subList(0, plies));
                assertArrayEquals(policy.nextTokenLogits(input), policy.nextTokenLogitsWindowed(input), plies + " plies");
            }
            for (int plies : new int[] {12, 20, 30}) {
                int[] whole = encoding.encode(game.subList(0, plies));                   // [plies + 1]
                int[] lastWindow = encoding.encode(game.subList(plies - 11, plies));      // [12]: BOS + last 11
                float[] windowed = policy.nextTokenLogitsWindowed(whole);                 // [V]
                assertEquals(encoding.vocabularySize(), windowed.length);
                assertArrayEquals(policy.nextTokenLogits(lastWindow), windowed, plies + " plies");
            }
            IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                    () -> policy.nextTokenLogits(encoding.encode(game.subList(0, 12))));
            assertEquals("input of 13 tokens does not fit the model's context of 1..12 (11 plies after BOS)",
                    tooLong.getMessage());
        }
    }

    @Test
    void aBoardAwareModelSeesTheFullGamesBoardAtEveryWindowPosition(@TempDir Path dir) throws IOException {
        Encoding encoding = BOARD.tokenEncoding();
        int f = BoardFeatures.COUNT;
        List<String> game = randomGame(20, 13);
        int[] whole = encoding.encode(game);                                             // [21]
        int start = whole.length - BOARD.contextLength();                                // s = 13

        PolicyInput window = PolicyInput.window(encoding, whole, BOARD.contextLength());
        assertArrayEquals(encoding.encode(game.subList(start, 20)), window.tokens());    // [8]: BOS + last 7 moves
        float[] board = window.board();                                                  // [8, F]
        assertEquals(BOARD.contextLength() * f, board.length);
        Board replay = Board.start();
        float[] expected = new float[f];
        for (int ply = 0; ply <= game.size(); ply++) {
            if (ply > 0) {
                replay.apply(game.get(ply - 1));
            }
            if (ply >= start) { // window row t: the position after s + t moves of the whole game
                BoardFeatures.write(replay, expected, 0);
                int t = ply - start;
                assertArrayEquals(expected, Arrays.copyOfRange(board, t * f, (t + 1) * f), "window row " + t);
            }
        }
        // cropping the token array instead would replay the last moves from the start position: other boards
        PolicyInput cropped = PolicyInput.whole(encoding, window.tokens(), BOARD.contextLength());
        assertFalse(Arrays.equals(board, cropped.board()));

        Path run = trainRun(dir, BOARD, UciMoveBoardEncoding.ID);
        SameDiff trained = Checkpoint.load(run).restoreTraining();
        try (MovePolicy policy = Checkpoint.load(run).policy()) {
            float[] windowed = policy.nextTokenLogitsWindowed(whole);                    // [V]
            float[] fed = lastLogits(trained, window.tokens(), board);                   // the training graph's
            for (int v = 0; v < windowed.length; v++) {
                assertEquals(fed[v], windowed[v], 1e-4, "token " + v);
            }
            assertFalse(Arrays.equals(policy.nextTokenLogits(cropped.tokens()), windowed),
                    "the window read the boards of the cropped moves replayed from the start");
            for (int plies : new int[] {0, 4, 7}) {
                int[] input = encoding.encode(game.subList(0, plies));
                assertArrayEquals(policy.nextTokenLogits(input), policy.nextTokenLogitsWindowed(input), plies + " plies");
            }
        }
    }

    /** @return the policy of a tiny model trained for a few steps on generated games */
    private static MovePolicy train(Path dir, GptConfig config, String encoding) throws IOException {
        return Checkpoint.load(trainRun(dir, config, encoding)).policy();
    }

    /** @return the checkpoint folder of a tiny model trained for a few steps on generated games */
    private static Path trainRun(Path dir, GptConfig config, String encoding) throws IOException {
        Path dataset = GeneratedGames.writeDataset(dir.resolve("data"), 64, 8);
        if (encoding != null) {
            RealGames.writeManifest(dataset, encoding); // the same shards, prepared for this encoding
        }
        Path run = dir.resolve("run");
        Trainer.run(dataset, config, TINY_TRAINING, run, false, false);
        return run.resolve(Trainer.CHECKPOINT_DIR);
    }

    /** Logits at the last position of the training graph fed tokens {@code [1, T]} and board {@code [1, T, F]}. */
    private static float[] lastLogits(SameDiff training, int[] tokens, float[] board) {
        int t = tokens.length;
        float[] mask = new float[t];
        Arrays.fill(mask, 1f);
        Map<String, INDArray> feed = Map.of(Gpt.TOKENS, Nd4j.createFromArray(tokens).reshape(1, t),
                Gpt.BOARD, Nd4j.create(board, new long[] {1, t, BoardFeatures.COUNT}, 'c'),
                Gpt.TARGETS, Nd4j.createFromArray(new int[t]).reshape(1, t),
                Gpt.TARGET_MASK, Nd4j.createFromArray(mask).reshape(1, t));
        INDArray logits = training.output(feed, Gpt.LOGITS).get(Gpt.LOGITS);           // [T, V]
        return logits.getRow(t - 1).toFloatVector();
    }

    private static List<String> randomGame(int plies, long seed) {
        List<String> moves = RandomGames.moves(plies, seed);
        assertEquals(plies, moves.size(), "the random game ended early; pick another seed");
        return moves;
    }
}
