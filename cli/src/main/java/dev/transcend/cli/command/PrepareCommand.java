package dev.transcend.cli.command;

import dev.transcend.cli.ExitCodes;
import dev.transcend.cli.ProgressOption;
import dev.transcend.dataprep.prepare.PrepareSettings;
import dev.transcend.dataprep.prepare.PrepareSummary;
import dev.transcend.dataprep.prepare.Preparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code transcend prepare}: a rating-capped, tokenized dataset from PGN/CSV games. */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Build a rating-capped, tokenized dataset from PGN/CSV games.",
            "Streams Lichess PGN (.pgn, .pgn.gz, .pgn.zst, .pgn.bz2; SAN or UCI movetext) or the Kaggle",
            "CSV, keep standard games with both ratings and max(WhiteElo, BlackElo) <= CAP, tokenize the moves,",
            "split train/validation per game, and write shards, manifest.json, stats.csv and rating_histogram.csv.",
            "Bad games are skipped and counted by reason."})
public final class PrepareCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Input files, folders (searched recursively), quoted glob patterns such as"
                + " 'data/lichess_db_standard_rated_2016-*.pgn.zst' (sorted; a path that exists is taken as it is),"
                + " and - for PGN on standard input (plain, gzip, zstd or bzip2, told by its first bytes; once).")
    private List<Path> inputs;

    @Option(names = "--cap", required = true, paramLabel = "ELO", description = "Rating cap C (the paper: 1000, 1300, 1500).")
    private int cap;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; replaced atomically.")
    private Path out;

    @Option(names = "--validation-fraction", paramLabel = "F", description = "Share of games for validation (default 0.05).")
    private Double validationFraction;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the per-game split (default 0).")
    private Long seed;

    @Option(names = "--min-plies", paramLabel = "N", description = "Drop games shorter than this (default 1).")
    private Integer minPlies;

    @Option(names = "--keep-duplicates", description = "Keep repeated games (default: drop them).")
    private boolean keepDuplicates;

    @Option(names = "--rated-only", description = "Drop games marked casual/unrated.")
    private boolean ratedOnly;

    @Option(names = "--encoding", paramLabel = "ID",
            description = "Token encoding of the shards (default uci-move-v1); train needs the same model.encoding.")
    private String encoding;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        PrepareSettings settings = new PrepareSettings(cap, validationFraction, seed, minPlies, !keepDuplicates,
                ratedOnly, null, encoding);
        PrepareSummary summary = Preparer.run(inputs, settings, out, progress.enabled());
        System.out.println(summary.describe());
        // the dataset is written; a damaged input file or an empty split still needs the user's attention
        boolean clean = summary.counts().inputErrors().isEmpty() && summary.warnings().isEmpty();
        return clean ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
