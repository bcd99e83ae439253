package dev.transcend.cli.command;

import dev.transcend.cli.ExitCodes;
import dev.transcend.cli.ProgressOption;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.dataset.DateRange;
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
            "Bad games are skipped and counted by reason. By default games with a BOT player and games whose",
            "Termination is Abandoned or Rules infraction are dropped. Several caps (--cap 1000,1300,1500) share one",
            "pass and write one dataset per cap, DIR/cap-1000, ..., each identical to a single-cap run."})
public final class PrepareCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Input files, folders (searched recursively), quoted glob patterns such as"
                + " 'data/lichess_db_standard_rated_2016-*.pgn.zst' (sorted; a path that exists is taken as it is),"
                + " and - for PGN on standard input (plain, gzip, zstd or bzip2, told by its first bytes; once).")
    private List<Path> inputs;

    @Option(names = "--cap", required = true, split = ",", paramLabel = "ELO",
            description = "Rating cap C (the paper: 1000, 1300, 1500); several, comma-separated, make one dataset per cap"
                    + " in one pass (DIR/cap-C).")
    private List<Integer> caps;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder, replaced atomically; with several caps, the folder of the cap-C datasets.")
    private Path out;

    @Option(names = "--floor", paramLabel = "ELO",
            description = "Drop games with a player rated below this: min(WhiteElo, BlackElo) >= ELO (default none).")
    private Integer floor;

    @Option(names = "--speed", split = ",", paramLabel = "CLASS",
            description = "Keep only these Lichess speed classes (ultraBullet, bullet, blitz, rapid, classical,"
                    + " correspondence), from TimeControl base + 40 x increment; games without one are dropped"
                    + " (default: every game).")
    private List<String> speedClasses;

    @Option(names = "--dates", paramLabel = "FROM..TO",
            description = "Keep games played in this range (UTCDate, else Date; inclusive; YYYY-MM-DD, either side may"
                    + " be empty, e.g. 2016-01-01..2016-12-31); games without a date are dropped (default: any date).")
    private String dates;

    @Option(names = "--keep-bots", description = "Keep games with a BOT player (WhiteTitle/BlackTitle; default: drop them).")
    private boolean keepBots;

    @Option(names = "--drop-terminations", split = ",", paramLabel = "VALUE",
            description = "Termination tag values to drop (default: Abandoned,Rules infraction).")
    private List<String> dropTerminations;

    @Option(names = "--keep-terminations", description = "Drop no game for its Termination tag.")
    private boolean keepTerminations;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads replaying moves, 1..256 (default: every processor); the output is the same.")
    private Integer threads;

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
        if (keepTerminations && dropTerminations != null) {
            throw new ConfigException("--keep-terminations and --drop-terminations contradict each other; give one");
        }
        PrepareSettings settings = new PrepareSettings(null, caps, floor, validationFraction, seed, minPlies,
                !keepDuplicates, ratedOnly, speedClasses, keepTerminations ? List.of() : dropTerminations,
                dates == null ? null : DateRange.parse(dates), !keepBots, null, encoding, threads);
        List<PrepareSummary> summaries = Preparer.runAll(inputs, settings, out, progress.enabled());
        boolean clean = true;
        for (PrepareSummary summary : summaries) {
            System.out.println(summary.describe());
            // the dataset is written; a damaged input file or an empty split still needs the user's attention
            clean &= summary.counts().inputErrors().isEmpty() && summary.warnings().isEmpty();
        }
        return clean ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
