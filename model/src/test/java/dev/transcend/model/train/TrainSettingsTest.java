package dev.transcend.model.train;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import dev.transcend.core.provenance.TermChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrainSettingsTest {

    @Test
    void readsYamlWithDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("train.yaml");
        Files.writeString(file, "steps: 50\nlearningRate: 0.01\nseed: 7\n");
        TrainSettings s = ConfigFiles.read(file, TrainSettings.class);
        assertEquals(50, s.steps());
        assertEquals(0.01, s.learningRate());
        assertEquals(0.001, s.minLearningRate(), 1e-12);
        assertEquals(100, s.warmupSteps(), "the default does not depend on steps");
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
                () -> new TrainSettings(10, null, null, null, -1, null, null, null, null, null, null, null, null));
        assertEquals("warmupSteps = -1 is out of range; allowed: >= 0", e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> new TrainSettings(null, null, null, null, null, null, null, 1.0, null, null, null, null, null));
        assertEquals("beta2 = 1.0 is out of range; allowed: [0, 1)", e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> new TrainSettings(null, 0, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals("batchSize = 0 is out of range; allowed: >= 1", e.getMessage());
    }

    @Test
    void aShortRunKeepsTheDefaultWarmupAndWarmsUpOverAllItsSteps() {
        TrainSettings five = TrainSettings.defaults().withSteps(5); // `train --steps 5` without a config
        assertEquals(100, five.warmupSteps());
        WarmupCosineSchedule schedule = five.schedule();
        assertEquals(five.learningRate() * 5 / 6, schedule.valueAt(4, 0), 1e-12, "warmup clamped to the 5 steps");
        TrainSettings explicit = new TrainSettings(10, null, null, null, 40, null, null, null, null, null, null, null, null);
        assertEquals(40, explicit.warmupSteps(), "kept as given");
        assertEquals(new WarmupCosineSchedule(2e-3, 2e-4, 10, 10), explicit.schedule());
    }

    @Test
    void onlyTheBudgetAndCadenceMayChangeOnResume() {
        TrainSettings s = TrainSettings.defaults();
        assertEquals(List.of(), s.withSteps(5).changesOnResume(s.withSteps(5000)), "default warmup is not derived");
        assertEquals(List.of(), s.changesOnResume(new TrainSettings(null, null, null, null, 100, null, null, null, 7,
                null, 9, 3, null)));
        assertEquals(List.of("batchSize 32 -> 16"), names(s.changesOnResume(new TrainSettings(null, 16, null, null, null,
                null, null, null, null, null, null, null, null))));
        assertEquals(List.of("warmupSteps 100 -> 5", "seed 1 -> 2"), names(s.changesOnResume(new TrainSettings(3000,
                null, null, null, 5, null, null, null, null, null, null, null, 2L))));
    }

    private static List<String> names(List<TermChange> changes) {
        return changes.stream().map(TermChange::toString).toList();
    }
}
