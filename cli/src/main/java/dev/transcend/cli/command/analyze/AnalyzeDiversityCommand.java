package dev.transcend.cli.command.analyze;

import dev.transcend.cli.ExitCodes;
import dev.transcend.cli.ProgressOption;
import dev.transcend.dataprep.analysis.DiversityAnalysis;
import dev.transcend.dataprep.analysis.DiversityOutputs;
import dev.transcend.dataprep.analysis.DiversityResult;
import dev.transcend.dataprep.analysis.DiversitySettings;
import dev.transcend.dataprep.analysis.PositionKey;
import dev.transcend.core.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code transcend analyze diversity}: the paper's move-choice entropy over common opening positions, per cap. */
@Command(name = "diversity", mixinStandardHelpOptions = true,
        description = {"The paper's dataset diversity (Zhang et al. 2024): per cap C, the games prepare would keep",
            "(standard, both ratings, max(WhiteElo, BlackElo) <= C, legal moves, no duplicates), the moves of their",
            "first plies counted per position, and the mean over positions seen at least --min-count times of the",
            "entropy of the moves played there divided by log2(distinct moves). The paper: 0.70 / 0.66 / 0.64 at",
            "caps 1000 / 1300 / 1500. Writes diversity.csv, common_positions.csv, diversity.png, manifest.json."})
public final class AnalyzeDiversityCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
            description = "PGN/CSV files or folders (searched recursively; .gz, .zst, .bz2 read directly).")
    private List<Path> inputs;

    @Option(names = "--caps", split = ",", paramLabel = "ELO", defaultValue = "1000,1300,1500",
            description = "Rating caps (default: the paper's 1000,1300,1500).")
    private List<Integer> caps;

    @Option(names = "--plies", paramLabel = "N", defaultValue = "" + DiversitySettings.DEFAULT_PLIES,
            description = "Count the moves of plies 1..N of each game (default 16; the paper's code: 17).")
    private int plies;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + DiversitySettings.DEFAULT_MIN_COUNT,
            description = "A position is common when seen at least N times (default 101: the paper's code keeps "
                    + "counts above 100).")
    private long minCount;

    @Option(names = "--key", paramLabel = "KIND", defaultValue = "position",
            description = "position (FEN without move counters: transpositions merge; default) or fen (the whole "
                    + "FEN, as the paper's code).")
    private String key;

    @Option(names = "--keep-duplicates", description = "Count repeated games (default: drop them, as prepare does).")
    private boolean keepDuplicates;

    @Option(names = "--games", paramLabel = "N", defaultValue = "0",
            description = "Use a seeded random sample of N games per cap, to compare caps on equal numbers of games "
                    + "(the paper: 500k each; default 0: every game).")
    private int games;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + DiversitySettings.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples of the common positions for the 95% interval (default 2000; 0: none).")
    private int resamples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the sample and the bootstrap (default 0).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder: missing, empty or an earlier analyze folder.")
    private Path out;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        if (inputs.stream().anyMatch(p -> p.toString().equals("-"))) {
            throw new ConfigException("--input -: standard input is read by transcend prepare only; analyze reads"
                    + " files, folders or glob patterns");
        }
        if (caps.size() != new java.util.HashSet<>(caps).size()) {
            throw new ConfigException("--caps " + caps + ": a cap is given twice; list distinct caps");
        }
        DiversitySettings settings = new DiversitySettings(caps, plies, minCount, PositionKey.of(key),
                !keepDuplicates, games, resamples, seed);
        DiversityOutputs.FOLDER.check(out); // refuse a user's folder before reading for minutes
        DiversityResult result = DiversityAnalysis.run(inputs, settings, out, progress.enabled());
        DiversityOutputs.write(result, out);
        System.out.println(result.describe());
        System.out.println("wrote " + out.resolve("diversity.csv") + " and diversity.png");
        return result.counts().inputErrors().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
