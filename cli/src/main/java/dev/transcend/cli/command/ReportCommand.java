package dev.transcend.cli.command;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.cli.ProgressOption;
import dev.transcend.reports.ReportContext;
import dev.transcend.reports.ReportStage;
import dev.transcend.reports.ReportSummary;
import dev.transcend.reports.RunEvidence;
import dev.transcend.cli.run.RunLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transcend report}: chart and HTML/Markdown report from ratings.csv and games.csv. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the strength report from ratings.csv and games.csv.",
            "ratings.csv, rating_vs_temperature.png (one line per cap, 95%% band, dashed line at the cap),",
            "report.html, report.md and verdict.json (the model vs the best expert in its training data)."})
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--ratings", required = true, paramLabel = "CSV", description = "ratings.csv from rate.")
    private Path ratings;

    @Option(names = "--games", required = true, arity = "1..*", paramLabel = "CSV", description = "The games.csv files rated.")
    private List<Path> games;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "Report title.", defaultValue = "transcend strength report")
    private String title;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file to show in the report's settings section.")
    private Path config;

    @Option(names = "--run", paramLabel = "DIR", description = {"Run folder whose ladder (calibrate/ladder.csv or the"
            + " play manifest's ladder), data/players.csv and train/diagnostics.json the verdict uses; each may be"
            + " missing."})
    private Path run;

    @Option(names = "--ladder", paramLabel = "CSV", description = "ladder.csv with the experts' and base policy's"
            + " ratings (overrides the one found in --run).")
    private Path ladder;

    @Option(names = "--real-games", description = "The model was trained on real (Lichess) games: the cap is on the"
            + " Lichess scale (default: inferred).")
    private boolean realGames;

    /** This stage takes milliseconds: its progress is a start and an end line. */
    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        String settings = config == null ? "" : Files.readString(config);
        ReportContext context = new ReportContext(title, settings, List.of(), List.of());
        ReportSummary s;
        try (Progress p = Progress.start("report", 0, 1, ProgressUnit.of("reports"), progress.enabled())) {
            s = ReportStage.run(ratings, games, context, evidence(), out);
            p.step(1);
        }
        System.out.printf("report: %s (%d warnings)%n", s.html(), s.warnings());
        return 0;
    }

    private RunEvidence evidence() throws java.io.IOException {
        RunLayout layout = run == null ? null : new RunLayout(run);
        Optional<Path> ladderCsv = ladder != null ? Optional.of(ladder)
                : layout == null ? Optional.empty() : layout.ladder();
        return RunEvidence.read(ladderCsv, Optional.ofNullable(layout).map(RunLayout::players),
                Optional.ofNullable(layout).map(RunLayout::diagnostics),
                realGames ? Optional.of(true) : Optional.empty());
    }
}
