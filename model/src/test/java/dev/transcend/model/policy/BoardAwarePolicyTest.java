package dev.transcend.model.policy;

import dev.transcend.core.testing.RandomGames;

import dev.transcend.core.encoding.BoardFeatures;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.UciMoveBoardEncoding;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board-aware encoding ({@code uci-move-board-v1}) seen from both sides: at play time the policy rebuilds the
 * board from the tokens and gets the same logits the training graph computes from the batch's board input, and the
 * board of position t reaches the logits at t and later, never earlier ones.
 */
class BoardAwarePolicyTest {

    private static final GptConfig TINY = new GptConfig(24, 2, 2, 16, 2, UciMoveBoardEncoding.ID);
    private static final int F = BoardFeatures.COUNT;

    @Test
    void playTimeLogitsEqualTheTrainingGraphsOnTheSameGame() {
        SameDiff training = Gpt.training(TINY, 5);
        Encoding encoding = TINY.tokenEncoding();
        List<String> game = RandomGames.moves(20, 11);
        int[] tokens = encoding.encode(game);                                          // [T] = 21, BOS first
        float[][] trainingLogits = trainingLogits(training, encoding, game, tokens);   // [T][V]
        try (GptPolicy policy = new GptPolicy(TINY, weights(training), "board")) {
            for (int plies : new int[] {0, 1, 7, 20}) {
                int[] prefix = encoding.encode(game.subList(0, plies));
                float[] played = policy.nextTokenLogits(prefix);
                assertEquals(encoding.vocabularySize(), played.length);
                for (int v = 0; v < played.length; v++) {
                    assertEquals(trainingLogits[plies][v], played[v], 1e-4, "after " + plies + " plies, token " + v);
                }
            }
        }
    }

    @Test
    void theBoardOfPositionTReachesPositionTAndLaterOnly() {
        SameDiff training = Gpt.training(TINY, 6);
        Encoding encoding = TINY.tokenEncoding();
        List<String> game = RandomGames.moves(10, 12);
        int[] tokens = encoding.encode(game);
        float[][] before = trainingLogits(training, encoding, game, tokens, -1);
        for (int t : new int[] {0, 4, 10}) {
            float[][] after = trainingLogits(training, encoding, game, tokens, t);
            for (int p = 0; p < tokens.length; p++) {
                if (p < t) {
                    assertArrayEquals(before[p], after[p], "position " + p + " saw the board of position " + t);
                } else {
                    double diff = 0;
                    for (int v = 0; v < before[p].length; v++) {
                        diff = Math.max(diff, Math.abs(before[p][v] - after[p][v]));
                    }
                    assertTrue(diff > 1e-6, "position " + p + " did not see the board of position " + t);
                }
            }
        }
    }

    private static float[][] trainingLogits(SameDiff sd, Encoding encoding, List<String> game, int[] tokens) {
        return trainingLogits(sd, encoding, game, tokens, -1);
    }

    /** Logits {@code [T][V]} of the training graph, with the board of position {@code perturb} (if >= 0) emptied. */
    private static float[][] trainingLogits(SameDiff sd, Encoding encoding, List<String> game, int[] tokens,
                                            int perturb) {
        int t = tokens.length;
        float[] board = new float[t * F];
        encoding.writePositionFeatures(game, t, board, 0);
        if (perturb >= 0) {
            java.util.Arrays.fill(board, perturb * F, perturb * F + 12 * 64, 0f);
        }
        int[] targets = new int[t];
        float[] mask = new float[t];
        java.util.Arrays.fill(mask, 1f);
        for (int i = 0; i < t - 1; i++) {
            targets[i] = tokens[i + 1];
        }
        Map<String, INDArray> feed = Map.of(Gpt.TOKENS, Nd4j.createFromArray(tokens).reshape(1, t),
                Gpt.BOARD, Nd4j.create(board, new long[] {1, t, F}, 'c'),
                Gpt.TARGETS, Nd4j.createFromArray(targets).reshape(1, t),
                Gpt.TARGET_MASK, Nd4j.createFromArray(mask).reshape(1, t));
        INDArray flat = sd.output(feed, Gpt.LOGITS).get(Gpt.LOGITS);                  // [T, V]
        float[][] out = new float[t][];
        for (int p = 0; p < t; p++) {
            out[p] = flat.getRow(p).toFloatVector();
        }
        return out;
    }

    private static Map<String, INDArray> weights(SameDiff sd) {
        Map<String, INDArray> weights = new HashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                weights.put(v.name(), v.getArr());
            }
        }
        return weights;
    }
}
