package dev.transcend.cli.run;

import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.arena.sweep.Sweep;
import dev.transcend.core.config.ConfigException;
import dev.transcend.dataprep.input.InputFiles;
import dev.transcend.core.provenance.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks, before a run does any work, what would otherwise fail only after hours of generation or
 * training: the run folder, the inputs, the player files and names (calibrate, generate, play), the model's context against the move
 * limit (unless {@code play.contextOverflow} is {@code end} or {@code slide}), and whether earlier games in the run folder belong to the model this config trains.
 */
public final class Preflight {

    private Preflight() {
    }

    /**
     * @throws ConfigException naming the problem and what to change
     * @throws NoSuchFileException if an input file or folder is missing
     * @throws IOException if the run folder cannot be read
     */
    public static void check(ExperimentConfig config, RunLayout layout) throws IOException {
        runFolder(layout);
        if (config.calibrate() != null) {
            PlayerRoster.read(Path.of(config.calibrate().playersFile())).select(config.calibrate().players());
        }
        for (String input : config.inputs()) {
            if (input.strip().equals("-")) {
                throw new ConfigException("inputs: '-' (standard input) is for transcend prepare; a run reads its"
                        + " inputs again when it resumes, so name files, folders or glob patterns");
            }
            if (Files.exists(Path.of(input))) {
                continue;
            }
            if (!input.matches(".*[*?\\[{].*")) {
                throw new NoSuchFileException(input, null, "input in the config's 'inputs' does not exist");
            }
            try {
                InputFiles.expand(List.of(Path.of(input))); // a glob pattern: it must match a file
            } catch (IllegalArgumentException e) {
                throw new ConfigException("inputs: " + e.getMessage(), e);
            }
        }
        if (config.generate() != null) {
            PlayerRoster.read(Path.of(config.generate().playersFile())).select(config.generate().players());
        }
        PlayerRoster.read(Path.of(config.play().opponentsFile())).select(config.play().opponents());
        int plies = 2 * config.play().moveLimit();
        if (plies > config.model().maxPlies() && config.play().contextOverflow() == ContextOverflow.REFUSE) {
            throw new ConfigException("play.moveLimit " + config.play().moveLimit() + " full moves needs " + plies
                    + " plies of context, but model.contextLength " + config.model().contextLength() + " holds "
                    + config.model().maxPlies() + "; raise contextLength to at least " + (plies + 1)
                    + ", lower moveLimit, or set play.contextOverflow to end or slide");
        }
        earlierGames(config, layout);
    }

    /** A run folder is new, empty, or one this tool made (it has the run's config.yaml or a stage's manifest). */
    private static void runFolder(RunLayout layout) throws IOException {
        if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
            throw new ConfigException(layout.root() + " exists and is not a folder; choose another runDir");
        }
        boolean ours = Files.isRegularFile(layout.config())
                || layout.stages().stream().anyMatch(stage -> Files.isRegularFile(stage.resolve(Manifest.FILE_NAME)));
        try (Stream<Path> entries = Files.isDirectory(layout.root()) ? Files.list(layout.root()) : Stream.empty()) {
            if (!ours && entries.findAny().isPresent()) {
                throw new ConfigException(layout.root() + " is not empty and is not a transcend run folder (it has no "
                        + "config.yaml and no stage folder with a manifest.json); choose another 'name' or 'runDir'");
            }
        }
    }

    /** The sweep's games must come from the checkpoint this config ends with, never from a shorter run. */
    private static void earlierGames(ExperimentConfig config, RunLayout layout) throws IOException {
        Path csv = layout.play().resolve(Sweep.GAMES_CSV);
        if (!Files.isRegularFile(csv)) {
            return;
        }
        List<GameRow> rows = GamesCsv.repairAndRead(csv);
        String expected = Pipeline.modelName(config, config.train().steps());
        if (!rows.isEmpty() && !rows.get(0).model().equals(expected)) {
            throw new ConfigException(layout.play() + " holds games of " + rows.get(0).model() + ", but this config"
                    + " trains " + expected + "; delete " + layout.play() + ", " + layout.ratings() + " and "
                    + layout.report() + " to play the new model, or " + Pipeline.NEW_RUN);
        }
    }
}
