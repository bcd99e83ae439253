package dev.transcend.cli;

import dev.transcend.arena.player.PlayerRoster;
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
            configs = files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("opponents.yaml")).sorted().toList();
        }
        assertEquals(List.of("lichess-sample.yaml", "paper-1000.yaml", "paper-1300.yaml", "paper-1500.yaml",
                "quickstart.yaml"), configs.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : configs) {
            ExperimentConfig config = ExperimentConfig.read(file);
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
        }
        for (Path panel : Files.list(CONFIGS.resolve("panels")).sorted().toList()) {
            PlayerRoster.read(panel); // experts resolve their base
        }
    }
}
