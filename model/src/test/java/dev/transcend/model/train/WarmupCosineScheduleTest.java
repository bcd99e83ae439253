package dev.transcend.model.train;

import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmupCosineScheduleTest {

    private final WarmupCosineSchedule schedule = new WarmupCosineSchedule(1e-3, 1e-4, 10, 110);

    @Test
    void warmsUpLinearlyThenDecaysAlongACosineToTheFloor() {
        assertEquals(1e-3 / 11, schedule.valueAt(0, 0), 1e-15);
        assertEquals(1e-3 * 10 / 11, schedule.valueAt(9, 0), 1e-15);
        assertEquals(1e-3, schedule.valueAt(10, 0), 1e-15);
        assertEquals((1e-3 + 1e-4) / 2, schedule.valueAt(60, 0), 1e-12);
        assertEquals(1e-4, schedule.valueAt(110, 0), 1e-15);
        assertEquals(1e-4, schedule.valueAt(5000, 3), 1e-15);
        for (int i = 10; i < 110; i++) {
            assertTrue(schedule.valueAt(i + 1, 0) <= schedule.valueAt(i, 0), "monotone after warmup at " + i);
        }
    }

    @Test
    void survivesSaveAndReloadInsideTheSameDiffFile(@TempDir Path dir) {
        SameDiff sd = Gpt.training(new GptConfig(8, 1, 1, 8, 1), 1);
        Adam adam = new Adam(schedule);
        sd.setTrainingConfig(TrainingConfig.builder().updater(adam).regularization(new MatrixWeightDecay(0.1))
                .dataSetFeatureMapping(Gpt.TOKENS).dataSetLabelMapping(Gpt.TARGETS, Gpt.TARGET_MASK).build());
        sd.save(dir.resolve("model.sdz").toFile(), true);

        TrainingConfig loaded = SameDiff.load(dir.resolve("model.sdz").toFile(), true).getTrainingConfig();
        Adam reloaded = (Adam) loaded.getUpdater();
        assertEquals(schedule, reloaded.getLearningRateSchedule());
        for (int i : new int[] {0, 5, 10, 37, 110, 200}) {
            assertEquals(schedule.valueAt(i, 0), reloaded.getLearningRate(i, 0), 0);
        }
        assertEquals(List.of(new MatrixWeightDecay(0.1)), loaded.getRegularization());
    }

    @Test
    void weightDecayIsDecoupledScaledByTheLearningRateAndSkipsVectors() {
        MatrixWeightDecay decay = new MatrixWeightDecay(0.1);
        INDArray matrix = Nd4j.ones(DataType.FLOAT, 2, 3);
        INDArray update = Nd4j.zeros(DataType.FLOAT, 2, 3).addi(0.5);
        decay.apply(matrix, update, 0.01, 0, 0);
        assertEquals(0.5 + 0.1 * 0.01, update.getDouble(1, 2), 1e-7);
        INDArray bias = Nd4j.ones(DataType.FLOAT, 3);
        INDArray biasUpdate = Nd4j.zeros(DataType.FLOAT, 3);
        decay.apply(bias, biasUpdate, 0.01, 0, 0);
        assertEquals(0.0, biasUpdate.sumNumber().doubleValue(), 0);
    }
}
