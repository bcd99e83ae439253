package dev.transcend.model.train;

import dev.transcend.core.config.ConfigException;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.testing.GeneratedGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An interrupted and resumed run ends bit-for-bit where an uninterrupted one does. */
class ResumeTest {

    private static final GptConfig TINY = new GptConfig(48, 1, 2, 16, 2);

    @TempDir
    static Path shared;
    static Path dataset;

    @BeforeAll
    static void writeDataset() throws IOException {
        dataset = GeneratedGames.writeDataset(shared.resolve("data"), 200, 16);
    }

    /**
     * Constant learning rate after a 2-step warmup, so a run stopped at step 4 follows the same schedule as
     * one of 12; 4 is also an evaluation step of the longer run, so both logs evaluate at the same steps.
     */
    private static TrainSettings settings(int steps) {
        return new TrainSettings(steps, 4, 3e-3, 3e-3, 2, 0.1, 0.9, 0.99, 4, 2, 5, 2, 3L);
    }

    @Test
    void resumingFromACheckpointReproducesTheUninterruptedRun(@TempDir Path dir) throws IOException {
        Path straight = dir.resolve("straight");
        TrainSummary full = Trainer.run(dataset, TINY, settings(12), straight, false, false);

        Path interrupted = dir.resolve("interrupted");
        TrainSummary first = Trainer.run(dataset, TINY, settings(4), interrupted, false, false);
        assertEquals(4, first.step());
        TrainSummary resumed = Trainer.run(dataset, TINY, settings(12), interrupted, true, false);

        assertEquals(12, resumed.step());
        assertEquals(full.tokensSeen(), resumed.tokensSeen());
        assertEquals(full.validationLoss(), resumed.validationLoss());
        assertEquals(full.bestValidationLoss(), resumed.bestValidationLoss());
        assertEquals(full.trainLoss(), resumed.trainLoss());
        SameDiff a = Checkpoint.load(straight.resolve("checkpoint")).restoreTraining();
        SameDiff b = Checkpoint.load(interrupted.resolve("checkpoint")).restoreTraining();
        for (SDVariable v : a.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                assertArrayEquals(v.getArr().reshape(-1).toFloatVector(),
                        b.getVariable(v.name()).getArr().reshape(-1).toFloatVector(), v.name());
            }
        }
        assertEquals(12, b.getTrainingConfig().getIterationCount());

        List<String> straightLog = Files.readAllLines(straight.resolve("train_log.csv"));
        List<String> resumedLog = Files.readAllLines(interrupted.resolve("train_log.csv"));
        assertEquals(straightLog.size(), resumedLog.size(), "one row per logged step, none repeated");
        for (int i = 0; i < straightLog.size(); i++) {
            String[] x = straightLog.get(i).split(",");
            String[] y = resumedLog.get(i).split(",");
            assertArrayEquals(List.of(x).subList(0, 4).toArray(), List.of(y).subList(0, 4).toArray(), "row " + i);
        }
    }

    @Test
    void aFinishedRunResumesAsANoOpAndIsNeverOverwritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        Trainer.run(dataset, TINY, settings(3), out, false, false);
        byte[] info = Files.readAllBytes(out.resolve("checkpoint/checkpoint.json"));

        TrainSummary again = Trainer.run(dataset, TINY, settings(3), out, true, false);
        assertEquals(3, again.step());
        assertArrayEquals(info, Files.readAllBytes(out.resolve("checkpoint/checkpoint.json")));

        IOException e = assertThrows(IOException.class, () -> Trainer.run(dataset, TINY, settings(3), out, false, false));
        assertTrue(e.getMessage().contains("already holds a checkpoint"), e.getMessage());
        ConfigException c = assertThrows(ConfigException.class, () -> Trainer.run(dataset, TINY,
                new TrainSettings(6, 8, 3e-3, 3e-3, 2, 0.1, 0.9, 0.99, 4, 2, 5, 2, 3L), out, true, false));
        assertTrue(c.getMessage().contains("cannot resume") && c.getMessage().contains("batchSize 4 -> 8"), c.getMessage());
        c = assertThrows(ConfigException.class, () -> Trainer.run(dataset, new GptConfig(48, 2, 2, 16, 2),
                settings(6), out, true, false));
        assertTrue(c.getMessage().contains("layers 1 -> 2"), c.getMessage());
    }
}
