package dev.transcend.model.train;

import dev.transcend.core.io.FolderSwap;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.checkpoint.CheckpointInfo;
import dev.transcend.model.testing.GeneratedGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A training process killed with SIGKILL at an arbitrary moment (between steps, inside {@code fit}, or while a
 * checkpoint is being written) and resumed ends with bit-identical weights, Adam state, iteration count and log
 * rows to a run that was never interrupted. Bit-identical, not within a tolerance: ND4J's CPU backend runs
 * single-threaded here ({@code OMP_NUM_THREADS=1}, inherited by the child) and its ops are deterministic, and
 * the batch of step s depends only on the seed and s.
 */
class KilledRunTest {

    /** The child is killed once its checkpoint has reached this step. */
    private static final int KILL_AFTER = 4;

    @Test
    void aKilledRunResumesToTheWeightsOfAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Path dataset = GeneratedGames.writeDataset(dir.resolve("data"), 200, 16);
        Path killed = dir.resolve("killed");
        Path checkpointDir = killed.resolve("checkpoint");
        Process child = TrainerProcess.start(dataset, killed, dir.resolve("child.err"));
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (stepOf(checkpointDir) < KILL_AFTER) {
                if (!child.isAlive()) {
                    fail("the child exited (" + child.exitValue() + ") before step " + KILL_AFTER + ": "
                            + Files.readString(dir.resolve("child.err")));
                }
                if (System.nanoTime() > deadline) {
                    fail("no checkpoint of step " + KILL_AFTER + " within 5 minutes");
                }
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook; a save or a log row may be half-written
            assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the child did not die");
        }

        FolderSwap.recover(checkpointDir); // what the resume does first; here only to learn the step it resumes at
        int resumedAt = Checkpoint.readInfo(checkpointDir).step();
        assertTrue(resumedAt >= KILL_AFTER && resumedAt % 2 == 0, "checkpoint step " + resumedAt);
        int end = resumedAt + 6;
        TrainSummary resumed = Trainer.run(dataset, TrainerProcess.MODEL, TrainerProcess.settings(end), killed, true,
                false);
        assertTrue(resumed.resumed());
        assertEquals(resumedAt, resumed.startStep());

        Path straight = dir.resolve("straight");
        TrainSummary full = Trainer.run(dataset, TrainerProcess.MODEL, TrainerProcess.settings(end), straight, false,
                false);
        assertEquals(end, resumed.step());
        assertEquals(full.tokensSeen(), resumed.tokensSeen());
        assertEquals(full.trainLoss(), resumed.trainLoss());
        assertEquals(full.validationLoss(), resumed.validationLoss());
        assertEquals(full.bestValidationLoss(), resumed.bestValidationLoss());

        SameDiff a = Checkpoint.load(straight.resolve("checkpoint")).restoreTraining();
        SameDiff b = Checkpoint.load(checkpointDir).restoreTraining();
        int compared = 0;
        for (SDVariable v : a.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                assertArrayEquals(v.getArr().reshape(-1).toFloatVector(),
                        b.getVariable(v.name()).getArr().reshape(-1).toFloatVector(), v.name());
                compared++;
            }
        }
        assertEquals(20, compared, "wte, wpe, 16 arrays in the block, lnf gain and bias");
        assertEquals(compared, a.getUpdaterMap().size(), "one Adam state per weight array");
        assertEquals(a.getUpdaterMap().keySet(), b.getUpdaterMap().keySet());
        for (String name : a.getUpdaterMap().keySet()) {
            for (String moment : List.of("M", "V")) {
                assertArrayEquals(adamState(a, name, moment), adamState(b, name, moment), "Adam " + moment + " of " + name);
            }
        }
        assertEquals(end, b.getTrainingConfig().getIterationCount());

        List<String> straightLog = Files.readAllLines(straight.resolve(TrainLog.FILE_NAME));
        List<String> resumedLog = Files.readAllLines(killed.resolve(TrainLog.FILE_NAME));
        assertEquals(straightLog.size(), resumedLog.size(), "one row per logged step, none repeated or torn");
        for (int i = 0; i < straightLog.size(); i++) {
            String[] x = straightLog.get(i).split(",");
            String[] y = resumedLog.get(i).split(",");
            assertArrayEquals(List.of(x).subList(0, 4).toArray(), List.of(y).subList(0, 4).toArray(), "row " + i);
        }
    }

    /** @return Adam's first ("M") or second ("V") moment estimate of a weight array, flattened */
    private static float[] adamState(SameDiff sd, String variable, String moment) {
        GradientUpdater<?> updater = sd.getUpdaterMap().get(variable);
        Map<String, INDArray> state = updater.getState();
        return state.get(moment).reshape(-1).toFloatVector();
    }

    /** @return the step of the checkpoint in {@code dir}, or -1 while there is none (or it is being replaced) */
    private static int stepOf(Path dir) {
        try {
            CheckpointInfo info = Checkpoint.readInfo(dir);
            return info.step();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
