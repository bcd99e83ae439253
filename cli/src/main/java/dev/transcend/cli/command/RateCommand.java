package dev.transcend.cli.command;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.rating.RateStage;
import dev.transcend.rating.RateSummary;
import dev.transcend.cli.ProgressOption;
import dev.transcend.cli.SprtOptions;
import dev.transcend.core.ratings.Sprt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transcend rate}: ratings per model and temperature from games.csv files. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"Rate each model and temperature from games.csv files.",
            "The paper's sequential Glicko-2 (1500/500/0.06, tau 0.5, opponents fixed with RD 0) and an",
            "order-independent maximum-likelihood Elo with a 95%% interval, and an SPRT of 'rating above X'",
            "(default X = the model's cap; --sprt-above none for no sprt_* columns)."})
public final class RateCommand implements Callable<Integer> {

    @Option(names = "--games", required = true, arity = "1..*", paramLabel = "CSV", description = "games.csv files from play.")
    private List<Path> games;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (ratings.csv, manifest.json).")
    private Path out;

    /** This stage takes milliseconds: its progress is a start and an end line. */
    @Mixin
    private ProgressOption progress;

    /** Default: above the cap. */
    @Mixin
    private SprtOptions sprt;

    @Override
    public Integer call() throws Exception {
        RateSummary s;
        try (Progress p = Progress.start("rate", 0, games.size(), ProgressUnit.of("files"), progress.enabled())) {
            s = RateStage.run(games, out, sprt.sprt(Optional.of(Sprt.above(Sprt.CAP))));
            p.step(games.size());
        }
        System.out.printf("%d ratings from %d games: %s%n", s.ratings(), s.games(), s.ratingsCsv());
        return 0;
    }
}
