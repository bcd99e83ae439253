package dev.transcend.model.checkpoint;

import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.vocab.MoveVocabulary;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.testing.GeneratedGames;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.model.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Save then load gives identical logits for a trained model (weights far from their initialization, Adam state
 * non-zero): a checkpoint written by the trainer is loaded, saved again and loaded again, and every weight, every
 * Adam moment, the logits at every position and the policy's logits after every prefix are bit-identical.
 */
class TrainedCheckpointTest {

    private static final GptConfig TINY = new GptConfig(12, 1, 2, 16, 2);
    private static final int T = 12;

    @Test
    void aTrainedModelSavedAndLoadedGivesIdenticalLogitsAndOptimizerState(@TempDir Path dir) throws IOException {
        Path dataset = GeneratedGames.writeDataset(dir.resolve("data"), 100, 8);
        Path run = dir.resolve("run");
        Trainer.run(dataset, TINY, new TrainSettings(8, 4, 1e-2, 1e-2, 1, 0.1, 0.9, 0.99, 8, 1, 8, 4, 2L), run, false,
                false);
        Checkpoint first = Checkpoint.load(run.resolve("checkpoint"));
        SameDiff a = first.restoreTraining();
        Checkpoint.save(a, first.info(), dir.resolve("copy").resolve("checkpoint"));
        Checkpoint second = Checkpoint.load(dir.resolve("copy").resolve("checkpoint"));
        SameDiff b = second.restoreTraining();

        SameDiff init = Gpt.training(TINY, 0);
        for (SDVariable v : a.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                float[] saved = v.getArr().reshape(-1).toFloatVector();
                assertArrayEquals(saved, b.getVariable(v.name()).getArr().reshape(-1).toFloatVector(), v.name());
                GradientUpdater<?> ua = a.getUpdaterMap().get(v.name());
                GradientUpdater<?> ub = b.getUpdaterMap().get(v.name());
                for (String moment : new String[] {"M", "V"}) {
                    assertArrayEquals(state(ua, moment), state(ub, moment), "Adam " + moment + " of " + v.name());
                }
                if (v.name().equals("h0.attn.q.w")) {
                    assertFalse(Arrays.equals(saved, init.getVariable(v.name()).getArr().reshape(-1).toFloatVector()));
                }
            }
        }
        assertEquals(8, b.getTrainingConfig().getIterationCount());

        SplittableRandom random = new SplittableRandom(4);
        int[] tokens = new int[T];
        tokens[0] = MoveVocabulary.BOS;
        for (int i = 1; i < T; i++) {
            tokens[i] = random.nextInt(2, MoveVocabulary.standard().size());
        }
        INDArray logitsA = logits(a, tokens);
        INDArray logitsB = logits(b, tokens);
        for (int p = 0; p < T; p++) {
            assertArrayEquals(logitsA.getRow(p).toFloatVector(), logitsB.getRow(p).toFloatVector(), "position " + p);
        }
        try (MovePolicy before = first.policy(); MovePolicy after = second.policy()) {
            for (int plies = 0; plies < T; plies++) {
                int[] input = Arrays.copyOfRange(tokens, 0, 1 + plies); // BOS and the first plies
                assertArrayEquals(before.nextTokenLogits(input), after.nextTokenLogits(input), plies + " plies");
            }
        }
    }

    private static INDArray logits(SameDiff sd, int[] tokens) {
        INDArray in = Nd4j.createFromArray(tokens).reshape(1, tokens.length);
        return sd.output(Map.of(Gpt.TOKENS, in, Gpt.TARGETS, in, Gpt.TARGET_MASK,
                Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, tokens.length)), Gpt.LOGITS).get(Gpt.LOGITS);
    }

    private static float[] state(GradientUpdater<?> updater, String moment) {
        Map<String, INDArray> state = updater.getState();
        return state.get(moment).reshape(-1).toFloatVector();
    }
}
