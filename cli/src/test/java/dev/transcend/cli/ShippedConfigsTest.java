package dev.transcend.cli;

import dev.transcend.arena.player.LadderRatings;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.calibrate.CalibrateSettings;
import dev.transcend.cli.command.CalibrateCommand;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderRow;
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
        if (config.play().ladder() != null) {
            LadderRatings rated = LadderRatings.apply(players.select(config.play().opponents()),
                    Path.of("..").resolve(config.play().ladder()));
            assertEquals(List.of(), rated.missing(), file + ": opponents the ladder does not rate");
        }
        assertTrue(2 * config.play().moveLimit() <= config.model().maxPlies(), file + ": move limit exceeds context");
        assertTrue(config.play().opponentsFile().startsWith("configs/"), file.toString());
        assertEquals(config.prepare().encoding(), config.model().encoding(), file + ": prepare and model encodings");
    }

    /** The shipped ladder (configs/ladder/README.md): two anchorings of one fit, and the configs that made them. */
    @Test
    void theShippedLadderIsOneFitUnderTwoAnchors() throws IOException {
        List<LadderRow> paper = LadderCsv.read(CONFIGS.resolve("ladder/paper/ladder.csv")).rows();
        List<LadderRow> panel = LadderCsv.read(CONFIGS.resolve("ladder/panel/ladder.csv")).rows();
        assertEquals(10, paper.size());
        assertEquals(paper.stream().map(LadderRow::player).toList(), panel.stream().map(LadderRow::player).toList());
        LadderRow skill1 = paper.stream().filter(r -> r.player().equals("stockfish-skill-1")).findFirst().orElseThrow();
        assertEquals(1554.0, skill1.rating(), 1e-9);
        double random = paper.stream().filter(r -> r.player().equals("random")).findFirst().orElseThrow().rating();
        for (int i = 0; i < paper.size(); i++) {
            assertEquals(paper.get(i).rating() - random, panel.get(i).rating(), 0.11, paper.get(i).player()); // both rounded to 0.1
        }
        for (String config : List.of("calibrate.yaml", "calibrate-panel.yaml")) {
            CalibrateSettings settings = CalibrateCommand.settings(CONFIGS.resolve("ladder").resolve(config));
            PlayerRoster.read(Path.of("..").resolve(settings.playersFile())).select(settings.players());
            assertEquals(paper.stream().map(LadderRow::player).sorted().toList(),
                    settings.players().stream().sorted().toList(), config);
        }
    }
}
