package dev.transcend.cli;

import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.cli.ablation.AblationArm;
import dev.transcend.cli.ablation.AblationConfig;
import dev.transcend.cli.run.ExperimentConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every config the project ships parses strictly and names only players its roster defines. */
class ShippedConfigsTest {

    private static final Path CONFIGS = Path.of("..", "configs");

    @Test
    void everyExperimentConfigIsValidAndItsPlayersExist() throws IOException {
        List<Path> configs;
        try (Stream<Path> files = Files.list(CONFIGS)) {
            configs = files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("opponents.yaml")
                    && !f.getFileName().toString().startsWith("ablation-")).sorted().toList();
        }
        assertEquals(List.of("lichess-sample.yaml", "paper-1000.yaml", "paper-1300.yaml", "paper-1500.yaml",
                "quickstart.yaml"), configs.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : configs) {
            check(file, ExperimentConfig.read(file));
        }
        for (Path panel : Files.list(CONFIGS.resolve("panels")).sorted().toList()) {
            PlayerRoster.read(panel); // experts resolve their base
        }
    }

    @Test
    void everyAblationArmIsAValidExperiment() throws IOException {
        Path file = CONFIGS.resolve("ablation-diversity.yaml");
        AblationConfig ablation = AblationConfig.read(file);
        assertEquals(List.of("random-5", "systematic-diverse-5", "systematic-shared-5", "systematic-1", "random-1",
                "random-5-p30", "random-5-moves-only"), ablation.armNames());
        for (AblationArm arm : ablation.arms()) {
            ExperimentConfig config = ablation.experiment(arm);
            check(file, config);
            // the arms differ in their panel or encoding, never in the model's size or the training budget
            assertEquals(ablation.experiment(ablation.arms().get(0)).train(), config.train(), arm.name());
            assertEquals(600, config.train().steps(), arm.name());
            if (config.calibrate() != null) {
                assertEquals(config.generate().playersFile(), config.calibrate().playersFile(), arm.name());
                assertEquals(config.play().opponentsFile(), config.calibrate().playersFile(), arm.name());
                assertTrue(config.calibrate().players().containsAll(config.generate().players()), arm.name());
                assertTrue(config.calibrate().players().containsAll(config.play().opponents()), arm.name());
            }
        }
    }

    private static void check(Path file, ExperimentConfig config) throws IOException {
        config.requireRunnable();
        PlayerRoster players = PlayerRoster.read(Path.of("..").resolve(config.play().opponentsFile()));
        players.select(config.play().opponents());
        if (config.generate() != null) {
            PlayerRoster.read(Path.of("..").resolve(config.generate().playersFile()))
                    .select(config.generate().players());
        }
        if (config.calibrate() != null) {
            PlayerRoster.read(Path.of("..").resolve(config.calibrate().playersFile()))
                    .select(config.calibrate().players());
        }
        assertTrue(2 * config.play().moveLimit() <= config.model().maxPlies(), file + ": move limit exceeds context");
        assertTrue(config.play().opponentsFile().startsWith("configs/"), file.toString());
        assertEquals(config.prepare().encoding(), config.model().encoding(), file + ": prepare and model encodings");
    }
}
