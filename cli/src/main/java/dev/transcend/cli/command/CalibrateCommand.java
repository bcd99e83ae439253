package dev.transcend.cli.command;

import dev.transcend.arena.calibrate.CalibrateSettings;
import dev.transcend.arena.calibrate.CalibrateSummary;
import dev.transcend.arena.calibrate.Calibration;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.cli.ProgressOption;
import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderRow;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.rating.LadderFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code transcend calibrate}: a round robin that measures one rating scale and writes {@code ladder.csv}. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Rate players on one scale: a round robin, joint maximum-likelihood Elo with 95%% intervals,",
            "anchored at one stated player and rating. Writes games.pgn and ladder.csv (read by generate and play",
            "through 'ladder:'). Resumes an interrupted run; a rerun of a finished one refits."})
public final class CalibrateCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Experiment config with a 'calibrate' section, or a file holding that section's keys.")
    private Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder (games.pgn, ladder.csv, manifest.json).")
    private Path out;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        CalibrateSettings settings = settings(config);
        PlayerRoster roster = PlayerRoster.read(Path.of(settings.playersFile()));
        CalibrateSummary s = Calibration.run(roster.players(), settings, out, progress.enabled(),
                Checkpoint::loadPolicy, LadderFit::fit);
        System.out.printf("%d games (%d from an earlier run); %s%n", s.games(), s.resumed(),
                out.resolve(LadderCsv.FILE_NAME));
        print(s, System.out);
        return 0;
    }

    /** @return the {@code calibrate} section of an experiment config, or the file read as that section alone */
    public static CalibrateSettings settings(Path file) {
        ExperimentConfig experiment;
        try {
            experiment = ExperimentConfig.read(file);
        } catch (ConfigException notAnExperiment) {
            return CalibrateSettings.read(file);
        }
        if (experiment.calibrate() == null) {
            throw new ConfigException(file + " has no 'calibrate' section");
        }
        return experiment.calibrate();
    }

    /** Prints the ladder, strongest first, one player a line. */
    public static void print(CalibrateSummary s, PrintStream out) {
        for (LadderRow r : s.ladder().rows()) {
            out.printf(Locale.ROOT, "  %-24s %-6s %7.0f  [%5.0f, %5.0f]  %4d games, score %.3f%s%n", r.player(),
                    r.role().csv(), r.rating(), r.low95(), r.high95(), r.games(), r.score(),
                    r.anchored() ? "  (anchor)" : r.score() == 0 || r.score() == 1 ? "  (all " + (r.score() == 1
                            ? "wins" : "losses") + ": rating rests on the prior)" : "");
        }
        if (s.engineFaults() > 0) {
            out.printf("warning: %d game(s) were decided by an engine failure; see TerminationReason tags%n",
                    s.engineFaults());
        }
    }
}
