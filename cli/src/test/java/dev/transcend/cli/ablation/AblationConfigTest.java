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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void dotsReservedNamesEmptyRunDirNullsAndSharedMistakesAreRefusedWhereTheyAre(@TempDir Path dir) throws IOException {
        for (String arm : List.of(".", "..", "configs", "logs", "report")) {
            ConfigException e = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir,
                    "  - name: '" + arm + "'\n")));
            assertTrue(e.getMessage().contains("name '" + arm + "' is not allowed"), e.getMessage());
        }
        Path dots = dir.resolve("dots.yaml");
        Files.writeString(dots, SHARED.replace("name: abl", "name: '..'").formatted(dir.resolve("runs")) + "  - name: a\n");
        assertTrue(assertThrows(ConfigException.class, () -> AblationConfig.read(dots)).getMessage()
                .contains("name: '..' is not allowed"));
        Path blank = dir.resolve("blank.yaml");
        Files.writeString(blank, SHARED.formatted("''") + "  - name: a\n");
        assertTrue(assertThrows(ConfigException.class, () -> AblationConfig.read(blank)).getMessage()
                .contains("runDir: empty"));
        ConfigException nulled = assertThrows(ConfigException.class, () -> AblationConfig.read(write(dir, """
                  - name: a
                    set: {train: null}
                """)));
        assertTrue(nulled.getMessage().contains("arm 'a': set.train is empty (null)"), nulled.getMessage());
        Path shared = dir.resolve("shared.yaml");
        Files.writeString(shared, SHARED.replace("  prepare: {cap: 1200}", "  prepare: {cap: 1200, bogus: 1}")
                .formatted(dir.resolve("runs")) + "  - name: a\n");
        ConfigException bogus = assertThrows(ConfigException.class, () -> AblationConfig.read(shared));
        assertTrue(bogus.getMessage().contains("experiment: unknown key 'bogus'"), bogus.getMessage());
        assertFalse(bogus.getMessage().contains("arm 'a'"), bogus.getMessage());
    }

    /** The folder checks run before anything is written or started: no JVM, no engine. */
    @Test
    void aFolderThatIsNotThisAblationsIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path file = write(dir, "  - name: a\n  - name: b\n");
        Path runs = dir.resolve("runs");
        Files.createDirectories(runs.resolve("configs"));
        Files.writeString(runs.resolve("configs").resolve("a.yaml"), "my own notes\n");
        AblationConfig config = AblationConfig.read(file);
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        ConfigException own = assertThrows(ConfigException.class,
                () -> new AblationRunner(config, quiet, java.time.Duration.ofSeconds(60)).run());
        assertTrue(own.getMessage().contains("which is not the config ablate wrote for arm 'a'"), own.getMessage());
        assertEquals("my own notes\n", Files.readString(runs.resolve("configs").resolve("a.yaml")));

        Files.delete(runs.resolve("configs").resolve("a.yaml"));
        Files.writeString(runs.resolve("thesis.tex"), "x");
        ConfigException foreign = assertThrows(ConfigException.class,
                () -> new AblationRunner(config, quiet, java.time.Duration.ofSeconds(60)).run());
        assertTrue(foreign.getMessage().contains("is not empty and is not this ablation's folder: it holds thesis.tex"),
                foreign.getMessage());
        Files.delete(runs.resolve("thesis.tex"));

        Files.createDirectories(runs.resolve("report"));
        Files.writeString(runs.resolve("report").resolve("ablation.md"), "my notes\n");
        ConfigException report = assertThrows(ConfigException.class,
                () -> new AblationRunner(config, quiet, java.time.Duration.ofSeconds(60)).run());
        assertTrue(report.getMessage().contains("with files an ablation report would not have (no manifest.json)"),
                report.getMessage());
        Files.delete(runs.resolve("report").resolve("ablation.md"));

        Files.writeString(runs.resolve(AblationFolder.MARKER), "{\"ablation\": \"other\"}\n");
        ConfigException other = assertThrows(ConfigException.class,
                () -> new AblationRunner(config, quiet, java.time.Duration.ofSeconds(60)).run());
        assertTrue(other.getMessage().contains("holds ablation 'other'"), other.getMessage());
        Files.delete(runs.resolve(AblationFolder.MARKER));

        Path missingPanel = dir.resolve("missing-panel.yaml");
        String opponents = Path.of("..", "configs", "opponents.yaml").toAbsolutePath().normalize().toString();
        Files.writeString(missingPanel, SHARED.replace("configs/opponents.yaml", opponents)
                .replace("play: {", "play: {moveLimit: 30, opponentsFile: " + opponents + ", ").formatted(runs)
                + "  - name: a\n  - name: late\n"
                + "    set: {play: {opponentsFile: " + dir.resolve("nope.yaml") + "}}\n");
        AblationConfig late = AblationConfig.read(missingPanel);
        Exception e = assertThrows(Exception.class,
                () -> new AblationRunner(late, quiet, java.time.Duration.ofSeconds(60)).run());
        assertTrue(e.getMessage().startsWith("arm 'late': ") && e.getMessage().contains("nope.yaml"), e.getMessage());
        assertFalse(Files.exists(runs.resolve("a")), "no arm ran");
        assertFalse(Files.exists(runs.resolve("configs").resolve("a.yaml")), "nothing written");
    }
}
