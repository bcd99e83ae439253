package dev.transcend.cli.run;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.arena.calibrate.CalibrateSettings;
import dev.transcend.arena.calibrate.CalibrateSummary;
import dev.transcend.arena.calibrate.Calibration;
import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.arena.generate.GenerateSummary;
import dev.transcend.arena.generate.Generator;
import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.rating.RateStage;
import dev.transcend.rating.RateSummary;
import dev.transcend.arena.sweep.Sweep;
import dev.transcend.arena.sweep.SweepSummary;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.TermChange;
import dev.transcend.cli.Advice;
import dev.transcend.cli.command.CalibrateCommand;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.rating.LadderFit;
import dev.transcend.cli.SprtOptions;
import dev.transcend.core.ratings.Sprt;
import dev.transcend.dataprep.prepare.PrepareSummary;
import dev.transcend.dataprep.prepare.Preparer;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.checkpoint.CheckpointInfo;
import dev.transcend.model.train.TrainSummary;
import dev.transcend.model.train.Trainer;
import dev.transcend.reports.ReportStage;
import dev.transcend.reports.RunEvidence;
import dev.transcend.reports.ReportSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code transcend run}: calibrate a rating scale (with a {@code calibrate:} section), generate (or read) games, prepare a capped dataset, train, sweep
 * temperatures, rate and report, each stage in its own folder of the run. Every stage resumes or
 * skips what an earlier, interrupted run of the same config finished: generation and the sweep
 * resume game by game, training from its last checkpoint, and a dataset whose manifest records the
 * same settings is reused.
 */
public final class Pipeline {

    /** What to do when a config would change work a run has done; {@code runDir} defaults to {@code runs/<name>}. */
    static final String NEW_RUN = "start a new run (give the config another 'name', and another 'runDir' if it sets"
            + " one)";

    private final ExperimentConfig config;
    private final RunLayout layout;
    private final boolean progress;
    private final PrintStream out;

    /**
     * @param config a config that passed {@link ExperimentConfig#requireRunnable()}
     * @param progress whether to show progress on stderr (a bar on a terminal, log lines otherwise)
     * @param out where stage headers and summaries go
     */
    public Pipeline(ExperimentConfig config, boolean progress, PrintStream out) {
        config.requireRunnable();
        this.config = config;
        this.layout = config.layout();
        this.progress = progress;
        this.out = out;
    }

    /**
     * Runs every stage.
     *
     * @return the report's HTML file
     * @throws IOException on unreadable inputs or unwritable outputs
     * @throws InterruptedException if stopped; finished work is kept and the next run resumes it
     */
    public Path run() throws IOException, InterruptedException {
        Instant start = Instant.now();
        Preflight.check(config, layout);
        Files.createDirectories(layout.root());
        if (!Files.exists(layout.config())
                && layout.stages().stream().noneMatch(stage -> Files.exists(stage.resolve(Manifest.FILE_NAME)))) {
            // a new run: marks the folder as a run's; a run with work done records its config only when it finishes
            AtomicFiles.writeString(layout.config(), ConfigFiles.toYaml(config));
        }
        Path html;
        try {
            if (config.calibrate() != null) {
                calibrate();
            }
            List<Path> inputs = config.generate() != null ? List.of(generate())
                    : config.inputs().stream().map(Path::of).toList();
            prepare(inputs);
            Checkpoint checkpoint = train();
            Path games = play(checkpoint);
            html = report(rate(games), games, checkpoint);
        } catch (ConfigException e) {
            throw inRun(e);
        }
        // only now: a changed config that a stage refused must not replace the one the outputs were made with
        AtomicFiles.writeString(layout.config(), ConfigFiles.toYaml(config));
        out.printf("%ndone in %s; report: %s%n", human(Duration.between(start, Instant.now())), html);
        return html;
    }

    /** Runs (or resumes, or refits) the round robin; its {@code ladder.csv} rates generate's and play's players. */
    private void calibrate() throws IOException, InterruptedException {
        CalibrateSettings c = config.calibrate();
        header(Stage.CALIBRATE, c.players().size() + " players, " + c.gamesPerPair() + " games per pair, anchor "
                + c.anchor().player() + " = " + c.anchor().rating() + " -> " + layout.calibrate());
        PlayerRoster roster = PlayerRoster.read(Path.of(c.playersFile()));
        CalibrateSummary s = Calibration.run(roster.players(), c, layout.calibrate(), progress, Checkpoint::loadPolicy,
                LadderFit::fit);
        out.printf("  %d games (%d from an earlier run)%n", s.games(), s.resumed());
        CalibrateCommand.print(s, out);
    }

    /** @return the ladder generate and play use: a section's own, else the calibrate stage's, else none (null) */
    private String ladder(String own) {
        if (own != null) {
            return own;
        }
        return config.calibrate() == null ? null : layout.calibrate().resolve(LadderCsv.FILE_NAME).toString();
    }

    private Path generate() throws IOException, InterruptedException {
        header(Stage.GENERATE, "engine-made training games -> " + layout.generate());
        if (Files.exists(layout.train())) {
            List<TermChange> changes = UpstreamChanges.generatedGames(layout.generate(), config.generate());
            if (!changes.isEmpty()) {
                throw new ConfigException(layout.root() + " holds a model trained on the games generated before: "
                        + Advice.list(changes) + " would change its dataset; " + NEW_RUN + restore());
            }
        }
        GenerateSettings settings = config.generate().withLadder(ladder(config.generate().ladder()));
        PlayerRoster roster = PlayerRoster.read(Path.of(settings.playersFile()));
        GenerateSummary s = Generator.run(roster.select(settings.players()), settings,
                layout.generate(), progress, Checkpoint::loadPolicy);
        out.printf("  %d games (%d from an earlier run), %.0f plies on average%n", s.games(), s.resumed(), s.meanPlies());
        return layout.generate().resolve(Generator.GAMES_PGN);
    }

    /**
     * {@code run} sets each stage's {@code --out} itself: a stage's refusal gets run's advice, and other advice that
     * names {@code --out} is followed by what to change instead.
     */
    private ConfigException inRun(ConfigException e) {
        if (e instanceof RefusedException r) {
            return new ConfigException(Advice.inRun(r.refusal(), NEW_RUN + restore()), e);
        }
        return !String.valueOf(e.getMessage()).contains("--out") ? e : new ConfigException(e.getMessage()
                + " [in transcend run, --out is " + current + ": " + NEW_RUN + restore() + "]", e);
    }

    /** @return where the settings a refused config would change are recorded */
    private String restore() {
        return Files.isRegularFile(layout.config())
                ? ", or restore the settings (see " + layout.config() + ")"
                : ", or restore the settings (each stage's " + Manifest.FILE_NAME + " records them)";
    }

    private void prepare(List<Path> inputs) throws IOException {
        header(Stage.PREPARE, "cap " + config.prepare().cap() + " -> " + layout.data());
        if (Files.isRegularFile(layout.data().resolve(Manifest.FILE_NAME))) {
            List<TermChange> changes = UpstreamChanges.dataset(layout.data(), inputs,
                    config.prepare().resolved());
            if (changes.isEmpty()) {
                out.println("  dataset with these settings already prepared; reusing it");
                return;
            }
            if (Files.exists(layout.train())) {
                // the model and games downstream were made from the old dataset: never mix them
                throw new ConfigException(layout.root() + " holds a model trained on a dataset made from other input"
                        + " games or prepare settings: " + Advice.list(changes) + ". " + NEW_RUN
                        + restore());
            }
        }
        PrepareSummary s = Preparer.run(inputs, config.prepare(), layout.data(), progress);
        s.describe().lines().forEach(line -> out.println("  " + line));
    }

    private Checkpoint train() throws IOException {
        boolean resume = Files.isDirectory(layout.checkpoint());
        header(Stage.TRAIN, String.format(Locale.ROOT, "%,d parameters, %,d steps", config.model().parameterCount(),
                config.train().steps())
                + (resume ? " (resuming)" : "") + " -> " + layout.train());
        TrainSummary s = Trainer.run(layout.data(), config.model(), config.train(), layout.train(), resume, progress);
        out.printf(Locale.ROOT, "  step %d, validation loss %.4f (ln vocab = %.4f)%n", s.step(), s.validationLoss(),
                Math.log(config.model().vocabSize()));
        return Checkpoint.load(layout.checkpoint());
    }

    private Path play(Checkpoint checkpoint) throws IOException, InterruptedException {
        CheckpointInfo info = checkpoint.info();
        String name = modelName(config, info.step());
        header(Stage.PLAY, name + " vs " + String.join(", ", config.play().opponents()) + " at temperatures "
                + config.play().temperatures() + " -> " + layout.play());
        ModelSpec model = new ModelSpec(name, null, false, "", layout.checkpoint().toString(), null, null, null,
                info.ratingCap());
        PlayerRoster roster = PlayerRoster.read(Path.of(config.play().opponentsFile()));
        SweepSummary s = Sweep.run(model, roster.players(), config.play().withLadder(ladder(config.play().ladder())),
                layout.play(), progress, Checkpoint::loadPolicy);
        out.printf("  %d games (%d from an earlier run): %d wins, %d draws, %d losses; %d illegal samples%s%n",
                s.games(), s.resumed(), s.wins(), s.draws(), s.losses(), s.illegalAttempts(),
                s.engineFaults() == 0 ? "" : "; " + s.engineFaults() + " won by engine failures");
        if (!s.sprt().isEmpty()) {
            out.printf("  %d scheduled game(s) not played: their temperature's SPRT had decided%n%s", s.stoppedEarly(),
                    SprtOptions.describe(s.sprt()));
        }
        return layout.play().resolve(Sweep.GAMES_CSV);
    }

    private Path rate(Path games) throws IOException {
        header(Stage.RATE, "sequential Glicko-2 and maximum-likelihood Elo -> " + layout.ratings());
        RateSummary s;
        try (Progress p = Progress.start("rate", 0, 1, ProgressUnit.of("files"), progress)) {
            // The play settings' SPRT if set (the same X as the early stop), else the default: above the cap.
            s = RateStage.run(List.of(games), layout.ratings(),
                    Optional.of(config.play().sprt() != null ? config.play().sprt() : Sprt.above(Sprt.CAP)));
            p.step(1);
        }
        out.printf("  %d ratings from %d games%n", s.ratings(), s.games());
        return s.ratingsCsv();
    }

    private Path report(Path ratings, Path games, Checkpoint checkpoint) throws IOException {
        header(Stage.REPORT, layout.report().toString());
        ReportSummary s;
        try (Progress p = Progress.start("report", 0, 1, ProgressUnit.of("reports"), progress)) {
            RunEvidence evidence = RunEvidence.read(layout.ladder(), Optional.of(layout.players()),
                    Optional.of(layout.diagnostics()), Optional.of(config.generate() == null));
            s = ReportStage.run(ratings, List.of(games), ReportFacts.of(config, layout, checkpoint), evidence,
                    layout.report());
            p.step(1);
        }
        return s.html();
    }

    /** @return the model's name in games and reports, e.g. {@code quickstart@step1000} */
    static String modelName(ExperimentConfig config, int step) {
        return config.name() + "@step" + step;
    }

    private int stages;
    /** The folder of the stage running now, for errors. */
    private Path current;

    private void header(Stage stage, String what) {
        stages++;
        current = layout.folder(stage);
        out.printf("%n[%d/%d] %s: %s%n", stages, (config.generate() != null ? 6 : 5) + (config.calibrate() != null ? 1 : 0),
                stage, what);
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
