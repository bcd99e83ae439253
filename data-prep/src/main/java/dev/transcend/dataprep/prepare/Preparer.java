package dev.transcend.dataprep.prepare;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.core.dataset.InputError;
import dev.transcend.core.dataset.UndecodedText;
import dev.transcend.core.dataset.PlayersCsv;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.ShardInfo;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;
import dev.transcend.core.io.FolderSwap;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.dataprep.filter.Duplicates;
import dev.transcend.dataprep.filter.GameId;
import dev.transcend.dataprep.filter.GameFilter;
import dev.transcend.dataprep.filter.Verdict;
import dev.transcend.dataprep.input.GameSource;
import dev.transcend.dataprep.input.InputFile;
import dev.transcend.dataprep.input.InputFiles;
import dev.transcend.dataprep.input.InputReadException;
import dev.transcend.dataprep.input.StandardInput;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.Skipped;
import dev.transcend.core.dataset.TokenizedGame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The engine of {@code transcend prepare}: reads PGN/CSV files, keeps the standard, rated-below-cap
 * games with legal moves, tokenizes them with the {@link Encoding} the settings name, splits them into
 * train and validation by a hash of their moves, and writes the dataset folder: shards,
 * {@code stats.csv}, {@code rating_histogram.csv}, {@code skipped.csv}, {@code players.csv}, the kept games'
 * {@link DatasetStatistics} (CSV and PNG) and {@code manifest.json}.
 *
 * <p>Bad games never stop a run: each is counted under a {@link DropReason} and sampled into
 * {@code skipped.csv} with file, game and line. A file that fails mid-way (truncated or corrupt
 * compression) keeps the games read before the failure and is reported in the counts. The dataset
 * appears under its name only when complete (see {@link FolderSwap}); a run is restarted, not
 * resumed, which at tens of MB/s costs minutes for the inputs this project uses.
 */
public final class Preparer implements AutoCloseable {

    /** A dataset folder: its manifest says {@code prepare}; an unfinished run leaves nothing under the name. */
    private static final StageFolder FOLDER = new StageFolder(Stage.PREPARE, Set.of(), null);

    private final PrepareSettings settings;
    private final ScreeningPool pool;
    private final Duplicates duplicates = new Duplicates();
    private final ShardSink shards;
    private final RatingHistogram histogram = new RatingHistogram();
    private final SkipLog skipLog = new SkipLog();
    private final PlayerTally players = new PlayerTally();
    private final DatasetStatistics statistics = new DatasetStatistics();
    private final List<FileTally> tallies = new ArrayList<>();
    private final List<InputError> inputErrors = new ArrayList<>();
    private final List<UndecodedText> undecodedText = new ArrayList<>();
    /** {@code --input -}: counted and hashed as it is read, for the progress and the manifest */
    private final StandardInput stdin = new StandardInput(System.in);
    private long uncompressedBytes;
    private FileTally current;

    private Preparer(PrepareSettings settings, Path work) {
        this.settings = settings;
        Encoding encoding = settings.tokenEncoding();
        GameFilter filter = new GameFilter(settings.cap(), settings.minPlies(), settings.ratedOnly(), encoding);
        // replaying moves is the costly part and is independent per game: one thread per core
        this.pool = new ScreeningPool(filter, Runtime.getRuntime().availableProcessors(), this::account);
        this.shards = new ShardSink(work, settings.shardGames(), encoding.vocabularySize());
    }

    /**
     * Prepares a dataset.
     *
     * @param inputs files ({@code .pgn}, {@code .csv}, optionally {@code .gz}/{@code .zst}/{@code .bz2}),
     *               directories (searched recursively for such files, in sorted order), glob patterns and {@code -}
     *               for PGN on standard input ({@code System.in}); see {@link InputFiles#expand}
     * @param settings cap, split and filter settings
     * @param outDir the dataset folder to create or replace (only if it is a previous dataset or empty)
     * @param progress show progress by input bytes on stderr (a bar on a terminal, log lines otherwise)
     * @return the counts, also written to {@code outDir/manifest.json}
     * @throws java.nio.file.NoSuchFileException if an input does not exist
     * @throws IllegalArgumentException if an input file has an unsupported extension or no input is found
     * @throws IOException if no game is kept (the message gives the games read, the drop reasons and
     *                     the input errors), the output cannot be written, or {@code outDir} is some
     *                     other folder; nothing is then written under {@code outDir}'s name
     */
    public static PrepareSummary run(List<Path> inputs, PrepareSettings settings, Path outDir, boolean progress)
            throws IOException {
        long start = System.nanoTime();
        Path target = outDir.toAbsolutePath().normalize();
        // a re-run with the output folder inside an input folder must not read its own stats.csv
        List<InputFile> files = InputFiles.expand(inputs).stream()
                .filter(f -> f.isStdin() || !f.path().toAbsolutePath().normalize().startsWith(target)).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + inputs + " outside the output folder " + outDir);
        }
        FOLDER.check(outDir);
        FolderSwap out = FolderSwap.begin(outDir);
        try (Preparer preparer = new Preparer(settings, out.work())) {
            long fileBytes = 0;
            for (InputFile file : files) {
                fileBytes += file.isStdin() ? 0 : Files.size(file.path());
            }
            // standard input has no size: the progress then shows the bytes read without a total
            long barTotal = files.stream().anyMatch(InputFile::isStdin) ? Progress.UNKNOWN_TOTAL : fileBytes;
            try (Progress bar = Progress.start("prepare", 0, barTotal, ProgressUnit.MIB, progress)) {
                long done = 0;
                for (InputFile file : files) {
                    long before = done;
                    preparer.read(file, bytes -> bar.stepTo(before + bytes));
                    done += file.isStdin() ? preparer.stdin.bytesRead() : Files.size(file.path());
                }
            }
            long totalBytes = fileBytes + preparer.stdin.bytesRead();
            FileTally total = preparer.total();
            if (total.gamesKept() == 0) {
                // an empty dataset would only fail later, in train; say now what the inputs held
                throw new IOException(preparer.nothingKept(total, outDir));
            }
            PrepareCounts counts = preparer.writeOutputs(files, totalBytes, total, out.work());
            out.commit();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new PrepareSummary(outDir, settings.resolved(), counts, elapsed);
        } catch (IOException | RuntimeException e) {
            out.abandon();
            throw e;
        }
    }

    /** Stops the screening threads. */
    @Override
    public void close() {
        pool.close();
    }

    /**
     * Reads one file to its end or to its first read error, accounting for every record. Read errors
     * are the input's fault and are recorded; errors writing shards are thrown.
     */
    private void read(InputFile file, LongConsumer progress) throws IOException {
        current = new FileTally(file.toString());
        tallies.add(current);
        GameSource source;
        try {
            source = GameSource.open(file, stdin);
        } catch (IOException | UncheckedIOException e) {
            inputError(e);
            return;
        }
        Exception failure = null;
        try (source) {
            while (true) {
                GameRecord record;
                try {
                    record = source.next();
                } catch (IOException | UncheckedIOException e) {
                    failure = e;
                    break;
                }
                if (record == null) {
                    break;
                }
                pool.add(record);
                progress.accept(source.compressedBytesRead());
            }
            pool.drain(); // the games read before a failure are kept
            uncompressedBytes += source.uncompressedBytesRead();
            source.undecodedText().ifPresent(undecodedText::add);
        }
        if (failure != null) {
            inputError(failure);
        }
    }

    private void inputError(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!message.contains(current.file())) {
            message = current.file() + ": " + message;
        }
        current.error(message);
        Long byteOffset = e instanceof InputReadException read ? read.byteOffset() : null;
        inputErrors.add(new InputError(current.file(), current.gamesRead(), message, byteOffset));
    }

    /** Receives records in input order with their verdicts (null for a skipped record). */
    private void account(GameRecord record, Verdict verdict) throws IOException {
        long index = current.read();
        if (record instanceof Skipped skipped) {
            drop(index, new Verdict.Drop(DropReason.MALFORMED, skipped.line(),
                    skipped.reason() + ": " + skipped.detail(), Optional.empty()), record.file());
            return;
        }
        verdict.elo().ifPresent(histogram::read);
        ParsedGame game = (ParsedGame) record;
        if (verdict instanceof Verdict.Drop drop) {
            players.count(game, drop.elo(), false, drop.reason() == DropReason.ABOVE_CAP);
            drop(index, drop, record.file());
            return;
        }
        TokenizedGame kept = ((Verdict.Keep) verdict).game();
        long movesKey = Duplicates.movesKey(kept.moves());
        Optional<String> duplicate = settings.dedupe()
                ? duplicates.check(GameId.of(game), movesKey, kept.elo()) : Optional.empty();
        if (duplicate.isPresent()) {
            players.count(game, Optional.of(kept.elo()), false, false);
            drop(index, new Verdict.Drop(DropReason.DUPLICATE, record.line(), duplicate.get(),
                    Optional.of(kept.elo())), record.file());
            return;
        }
        players.count(game, Optional.of(kept.elo()), true, false);
        current.kept(kept.plies());
        histogram.kept(kept.elo());
        Split split = Split.of(movesKey, settings.seed(), settings.validationFraction());
        statistics.add(game, kept, split);
        shards.add(split, kept);
    }

    private void drop(long index, Verdict.Drop drop, String file) {
        current.dropped(drop.reason());
        skipLog.add(new SkipLog.Entry(file, index, drop.line(), drop.reason(), drop.detail()));
    }

    private FileTally total() {
        FileTally total = new FileTally(StatsCsv.TOTAL);
        tallies.forEach(total::add);
        return total;
    }

    /** @return one line: games read, files, drop reasons with counts and the first input error */
    private String nothingKept(FileTally total, Path outDir) {
        StringBuilder why = new StringBuilder();
        for (DropReason reason : DropReason.values()) {
            long n = total.droppedByReason().get(reason);
            if (n > 0) {
                why.append(why.isEmpty() ? "dropped: " : ", ").append(reason).append(' ').append(n);
            }
        }
        if (total.gamesRead() == 0) {
            why.append("the inputs hold no PGN games or CSV rows");
        }
        if (!inputErrors.isEmpty()) {
            why.append("; input error: ").append(inputErrors.get(0).message());
            if (inputErrors.size() > 1) {
                why.append(" (and ").append(inputErrors.size() - 1).append(" more)");
            }
        }
        return String.format(Locale.ROOT, "no game kept from %,d games read in %d input file(s) (%s); nothing"
                + " written to %s", total.gamesRead(), tallies.size(), why, outDir);
    }

    private PrepareCounts writeOutputs(List<InputFile> files, long inputBytes, FileTally total, Path dir)
            throws IOException {
        List<ShardInfo> shardList = shards.finish();
        StatsCsv.write(dir.resolve("stats.csv"), tallies, total);
        histogram.writeCsv(dir.resolve("rating_histogram.csv"));
        skipLog.writeCsv(dir.resolve("skipped.csv"));
        PlayersCsv.write(dir.resolve(PlayersCsv.FILE_NAME), players.rows());

        long trainGames = 0, trainTokens = 0, validationGames = 0, validationTokens = 0;
        for (ShardInfo shard : shardList) {
            if (shard.split() == Split.TRAIN) {
                trainGames += shard.games();
                trainTokens += shard.tokens();
            } else {
                validationGames += shard.games();
                validationTokens += shard.tokens();
            }
        }
        PrepareCounts counts = new PrepareCounts(total.gamesRead(), total.gamesKept(), total.droppedByReason(),
                trainGames, trainTokens, validationGames, validationTokens, inputBytes, uncompressedBytes,
                List.copyOf(inputErrors), histogram.bins(), shardList, skipLog.entries().size(), undecodedText);

        List<FileEntry> inputs = files.stream().map(f -> f.isStdin() ? stdin.entry() : FileEntry.of(f.path())).toList();
        List<FileEntry> outputs = new ArrayList<>();
        for (ShardInfo shard : shardList) {
            outputs.add(new FileEntry(shard.file(), Files.size(dir.resolve(shard.file())), shard.sha256()));
        }
        List<String> written = new ArrayList<>(List.of("stats.csv", "rating_histogram.csv", "skipped.csv",
                PlayersCsv.FILE_NAME));
        written.addAll(statistics.write(dir));
        for (String name : written) {
            outputs.add(FileEntry.of(dir.resolve(name), name));
        }
        Manifest.of(Stage.PREPARE, inputs, settings.resolved(), counts, outputs).writeTo(dir);
        return counts;
    }
}
