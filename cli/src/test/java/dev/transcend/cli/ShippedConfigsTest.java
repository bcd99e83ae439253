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
        PlayerRoster roster = PlayerRoster.read(CONFIGS.resolve("opponents.yaml"));
        List<Path> configs;
        try (Stream<Path> files = Files.list(CONFIGS)) {
            configs = files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("opponents.yaml")).sorted().toList();
        }
        assertEquals(List.of("lichess-sample.yaml", "paper-1000.yaml", "paper-1300.yaml", "paper-1500.yaml",
                "quickstart.yaml"), configs.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : configs) {
            ExperimentConfig config = ExperimentConfig.read(file);
            config.requireRunnable();
            roster.select(config.play().opponents());
            if (config.generate() != null) {
                roster.select(config.generate().players());
            }
            assertTrue(2 * config.play().moveLimit() <= config.model().maxPlies(), file + ": move limit exceeds context");
            assertEquals("configs/opponents.yaml", config.play().opponentsFile(), file.toString());
        }
    }
}
