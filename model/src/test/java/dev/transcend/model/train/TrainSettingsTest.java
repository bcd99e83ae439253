package dev.transcend.model.train;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainSettingsTest {

    @Test
    void readsYamlWithDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("train.yaml");
        Files.writeString(file, "steps: 50\nlearningRate: 0.01\nseed: 7\n");
        TrainSettings s = ConfigFiles.read(file, TrainSettings.class);
        assertEquals(50, s.steps());
        assertEquals(0.01, s.learningRate());
        assertEquals(0.001, s.minLearningRate(), 1e-12);
        assertEquals(50, s.warmupSteps());
        assertEquals(32, s.batchSize());
        assertEquals(7L, s.seed());
        assertEquals(TrainSettings.defaults().weightDecay(), s.weightDecay());
    }

    @Test
    void outOfRangeValuesAreConfigErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new TrainSettings(10, null, 1e-3, 2e-3, null, null, null, null, null, null, null, null, null));
        assertEquals("minLearningRate = 0.002 is out of range; allowed: 0..0.001 (learningRate)", e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> new TrainSettings(10, null, null, null, 11, null, null, null, null, null, null, null, null));
        assertEquals("warmupSteps = 11 is out of range; allowed: 0..10 (steps)", e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> new TrainSettings(null, null, null, null, null, null, null, 1.0, null, null, null, null, null));
        assertEquals("beta2 = 1.0 is out of range; allowed: [0, 1)", e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> new TrainSettings(null, 0, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals("batchSize = 0 is out of range; allowed: >= 1", e.getMessage());
    }

    @Test
    void onlyTheBudgetAndCadenceMayChangeOnResume() {
        TrainSettings s = TrainSettings.defaults();
        assertTrue(s.sameOptimization(s.withSteps(5000)));
        assertTrue(s.sameOptimization(new TrainSettings(null, null, null, null, 100, null, null, null, 7, null, 9, 3, null)));
        assertFalse(s.sameOptimization(new TrainSettings(null, 16, null, null, null, null, null, null, null, null, null, null, null)));
        assertFalse(s.sameOptimization(new TrainSettings(null, null, null, null, null, null, null, null, null, null, null, null, 2L)));
    }

    @Test
    void aTrainConfigFileHoldsBothSectionsWithDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("quickstart.yaml");
        Files.writeString(file, "model:\n  embedding: 64\ntrain:\n  steps: 10\n");
        TrainConfig config = ConfigFiles.read(file, TrainConfig.class);
        assertEquals(64, config.model().embedding());
        assertEquals(192, config.model().contextLength());
        assertEquals(10, config.train().steps());
        Files.writeString(file, "train:\n  steps: 10\n");
        assertEquals(dev.transcend.model.gpt.GptConfig.defaults(), ConfigFiles.read(file, TrainConfig.class).model());
    }
}
