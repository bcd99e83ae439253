package dev.transcend.cli.ablation;

import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.core.config.ConfigException;
import dev.transcend.reports.ablation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading an ablation: arms merge into the shared experiment; bad arms are refused naming file, arm and key. */
class AblationConfigTest {

    private static final String SHARED = """
            name: abl
            runDir: %s
            experiment:
              generate: {playersFile: configs/opponents.yaml, players: [random, sf-s0-n50], games: 40, seed: 2}
              prepare: {cap: 1200}
              model: {layers: 1, heads: 2, embedding: 32, contextLength: 64}
              play: {opponents: [random], temperatures: [0.001, 1.0], gamesPerOpponent: 2}
            arms:
            """;

    private static Path write(Path dir, String arms) throws IOException {
        Path file = dir.resolve("ablation.yaml");
        Files.writeString(file, SHARED.formatted(dir.resolve("runs")) + arms);
        return file;
    }

    @Test
    void anArmChangesOnlyTheKeysItSets(@TempDir Path dir) throws IOException {
        AblationConfig config = AblationConfig.read(write(dir, """
                  - name: base
                    prediction: transcends
                  - name: other
                    description: other players, fewer games
                    set:
                      generate: {players: [random, fairy-m1-n50], games: 20}
                      play: {temperatures: [0.5]}
                """));
        assertEquals(List.of("base", "other"), config.armNames());
        assertEquals(Prediction.TRANSCENDS, config.arms().get(0).prediction());
        assertEquals(Prediction.OPEN, config.arms().get(1).prediction());
        ExperimentConfig base = config.experiment(config.arms().get(0));
        ExperimentConfig other = config.experiment(config.arms().get(1));
        assertEquals("abl-base", base.name());
        assertEquals(dir.resolve("runs").resolve("other").toString(), other.runDir());
        assertEquals(List.of("random", "sf-s0-n50"), base.generate().players());
        assertEquals(List.of("random", "fairy-m1-n50"), other.generate().players()); // a list replaces
        assertEquals(20, other.generate().games());
        assertEquals(2L, other.generate().seed()); // an object merges: keys it does not set stay
        assertEquals(List.of(0.5), other.play().temperatures());
        assertEquals(base.model(), other.model());
        assertEquals(1, config.parallel());
        assertEquals(dir.resolve("runs").resolve("report"), config.reportDir());
    }

    @Test
    void anArmWithAnUnknownKeyIsRefusedNamingTheArmAndKey(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                  - name: ok
                  - name: typo
                    set:
                      generate: {gamez: 20}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> AblationConfig.read(file));
        assertTrue(e.getMessage().startsWith(file + ": arm 'typo': unknown key 'gamez'"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed keys:"), e.getMessage());
    }

    @Test
    void anArmWithABadValueIsRefusedNamingTheArm(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                  - name: neg
                    set:
                      generate: {openingPlies: -1}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> AblationConfig.read(file));
        assertTrue(e.getMessage().contains("arm 'neg'") && e.getMessage().contains("openingPlies: -1"), e.getMessage());
    }

    @Test
    void namesMustBeUniqueAndTheRunFolderIsTheAblations(@TempDir Path dir) throws IOException {
        ConfigException twice = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir, """
                  - name: a
                  - name: a
                """)));
        assertTrue(twice.getMessage().contains("'a' appears twice"), twice.getMessage());
        ConfigException slash = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir, """
                  - name: ../up
                """)));
        assertTrue(slash.getMessage().contains("name '../up' is not allowed"), slash.getMessage());
        ConfigException runDir = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir, """
                  - name: a
                    set: {runDir: elsewhere}
                """)));
        assertTrue(runDir.getMessage().contains("arm 'a': set.name and set.runDir are set by the ablation"),
                runDir.getMessage());
        ConfigException none = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir, "  []\n")));
        assertTrue(none.getMessage().contains("at least one"), none.getMessage());
        ConfigException prediction = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir, """
                  - name: a
                    prediction: maybe
                """)));
        assertTrue(prediction.getMessage().contains("transcends, does-not-transcend, open"), prediction.getMessage());
    }
}
