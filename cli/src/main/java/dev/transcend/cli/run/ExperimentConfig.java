package dev.transcend.cli.run;

import dev.transcend.arena.calibrate.CalibrateSettings;
import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.arena.sweep.PlaySettings;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import dev.transcend.dataprep.prepare.PrepareSettings;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.train.TrainSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One experiment, as written in {@code configs/*.yaml}: where the games come from, the rating cap,
 * the model, its training, and the temperature sweep. Every section has defaults except the cap; an
 * unknown key anywhere is an error naming file, line and the allowed keys. Relative paths are
 * relative to the folder the command runs in (the project root in the README).
 *
 * @param name run name: letters, digits, {@code . _ -}; the run folder is {@code runs/<name>} unless {@code runDir};
 *             required by {@code transcend run}, optional for single-stage commands
 * @param description one paragraph shown in the report
 * @param runDir folder for all stage outputs; default {@code runs/<name>}
 * @param generate make the training games with the engine panel (the built-in default data); exclusive with
 *                 {@code inputs}
 * @param inputs PGN/CSV files or folders of real games (e.g. Lichess exports); exclusive with {@code generate}
 * @param prepare the rating cap and dataset settings
 * @param model the transformer's shape
 * @param train optimizer and schedule
 * @param play the temperature sweep against rated opponents
 * @param calibrate optional round robin that measures one rating scale first ({@code transcend calibrate}); its
 *                  {@code ladder.csv} then rates generate's players and play's opponents unless those sections name a
 *                  {@code ladder} of their own
 */
public record ExperimentConfig(String name, String description, String runDir, GenerateSettings generate,
                               List<String> inputs, PrepareSettings prepare, GptConfig model, TrainSettings train,
                               PlaySettings play, CalibrateSettings calibrate) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");

    public ExperimentConfig {
        if (name != null && !NAME.matcher(name).matches()) {
            throw new ConfigException("name: '" + name + "' is not allowed; use 1-80 letters, digits, '.', '_' or '-'");
        }
        description = description == null ? "" : description.strip();
        runDir = runDir == null && name != null ? "runs/" + name : runDir;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        model = model == null ? GptConfig.defaults() : model;
        train = train == null ? TrainSettings.defaults() : train;
        play = play == null ? PlaySettings.defaults() : play;
        if (generate != null && !inputs.isEmpty()) {
            throw new ConfigException("generate and inputs are both set; use generate (games made by the engine panel)"
                    + " or inputs (your own PGN/CSV files), not both");
        }
    }

    /**
     * @param file a YAML experiment config
     * @return it, parsed and checked
     * @throws ConfigException naming the file, line, key and what is allowed
     */
    public static ExperimentConfig read(Path file) {
        return ConfigFiles.read(file, ExperimentConfig.class);
    }

    /**
     * Checks what {@code transcend run} needs beyond what every command needs.
     *
     * @throws ConfigException if the games' source or the cap is missing, or {@code prepare} names several caps
     */
    public void requireRunnable() {
        if (name == null) {
            throw new ConfigException("the config needs a 'name' (it names the run folder runs/<name>)");
        }
        if (generate == null && inputs.isEmpty()) {
            throw new ConfigException("the config needs a source of games: a 'generate' section (engine-made games) or"
                    + " 'inputs' (PGN/CSV files or folders)");
        }
        if (prepare == null) {
            throw new ConfigException("the config needs a 'prepare' section with the rating 'cap', e.g. prepare: {cap: 1000}");
        }
        if (prepare.cap() == null) {
            throw new ConfigException("prepare setting 'caps' = " + prepare.caps() + " names several caps; a run trains"
                    + " one model on one dataset: give one 'cap' (transcend prepare --cap "
                    + prepare.caps().stream().map(String::valueOf).collect(Collectors.joining(","))
                    + " makes one dataset per cap)");
        }
    }

    /** @return where each stage of this run writes */
    public RunLayout layout() {
        return new RunLayout(Path.of(runDir));
    }
}
