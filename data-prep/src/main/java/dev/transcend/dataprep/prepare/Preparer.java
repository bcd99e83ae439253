package dev.transcend.dataprep.prepare;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.core.dataset.InputError;
import dev.transcend.core.dataset.UndecodedText;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;
import dev.transcend.core.io.FolderSwap;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.dataprep.filter.Duplicates;
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
 * <p>Several caps share one pass ({@link #runAll}): each game is read, parsed and (below the highest cap) replayed
 * once, and one {@link DatasetBuilder} per cap receives its verdict at that cap, so each dataset is byte for byte the
 * one a single-cap run writes. The replay runs on {@link PrepareSettings#threadCount()} threads; verdicts arrive in
 * input order, so the thread count changes no output file (only the count the manifest records).
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

    private final GameFilter filter;
    private final ScreeningPool pool;
    private final List<DatasetBuilder> datasets = new ArrayList<>();
    private final List<InputError> inputErrors = new ArrayList<>();
    private final List<UndecodedText> undecodedText = new ArrayList<>();
    /** {@code --input -}: counted and hashed as it is read, for the progress and the manifest */
    private final StandardInput stdin = new StandardInput(System.in);
    private long uncompressedBytes;
    private String currentFile;
    private long currentRead;
    private int filesRead;

    private Preparer(PrepareSettings settings, List<Path> work) {
        this.filter = new GameFilter(settings.filterRules(), settings.tokenEncoding());
        List<Integer> caps = settings.capList();
        for (int i = 0; i < caps.size(); i++) {
            datasets.add(new DatasetBuilder(settings.forCap(caps.get(i)), work.get(i)));
        }
        // replaying moves is the costly part and is independent per game: one thread per core by default
        this.pool = new ScreeningPool(filter, settings.threadCount(), this::account);
    }

    /**
     * Prepares one dataset.
     *
     * @param inputs files ({@code .pgn}, {@code .csv}, optionally {@code .gz}/{@code .zst}/{@code .bz2})
     *               and directories (searched recursively for such files, in sorted order)
     * @param settings cap, split and filter settings, with a single cap
     * @param outDir the dataset folder to create or replace (only if it is a previous dataset or empty)
     * @param progress show progress by input bytes on stderr (a bar on a terminal, log lines otherwise)
     * @return the counts, also written to {@code outDir/manifest.json}
     * @throws java.nio.file.NoSuchFileException if an input does not exist
     * @throws IllegalArgumentException if an input file has an unsupported extension or no input is found, or the
     *                                  settings hold several caps (see {@link #runAll})
     * @throws IOException if no game is kept (the message gives the games read, the drop reasons and
     *                     the input errors), the output cannot be written, or {@code outDir} is some
     *                     other folder; nothing is then written under {@code outDir}'s name
     */
    public static PrepareSummary run(List<Path> inputs, PrepareSettings settings, Path outDir, boolean progress)
            throws IOException {
        if (settings.cap() == null) {
            throw new IllegalArgumentException("several caps " + settings.caps() + " make several datasets: runAll");
        }
        return runAll(inputs, settings, outDir, progress).get(0);
    }

    /**
     * Prepares one dataset per cap in one pass over the inputs.
     *
     * @param outDir with one cap, the dataset folder (as {@link #run}); with several, the folder that receives one
     *               dataset folder per cap, {@link #capFolder}; it must not be a dataset itself
     * @return one summary per cap, ascending
     * @throws IOException as {@link #run}, for any cap (no game kept at one cap: nothing is written for any)
     */
    public static List<PrepareSummary> runAll(List<Path> inputs, PrepareSettings settings, Path outDir,
                                              boolean progress) throws IOException {
        long start = System.nanoTime();
        Path target = outDir.toAbsolutePath().normalize();
        // a re-run with the output folder inside an input folder must not read its own stats.csv
        List<InputFile> files = InputFiles.expand(inputs).stream()
                .filter(f -> f.isStdin() || !f.path().toAbsolutePath().normalize().startsWith(target)).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + inputs + " outside the output folder " + outDir);
        }
        List<Integer> caps = settings.capList();
        if (caps.size() > 1 && Files.isRegularFile(outDir.resolve(Manifest.FILE_NAME))) {
            throw new IOException(outDir + " is a dataset (it has a " + Manifest.FILE_NAME + "); several caps write"
                    + " one dataset per cap into a folder (" + capFolder(outDir, caps.get(0)).getFileName()
                    + ", ...): give another --out");
        }
        List<Path> outs = caps.size() == 1 ? List.of(outDir) : caps.stream().map(c -> capFolder(outDir, c)).toList();
        for (Path out : outs) {
            FOLDER.check(out);
        }
        List<FolderSwap> swaps = new ArrayList<>();
        try {
            for (Path out : outs) {
                swaps.add(FolderSwap.begin(out));
            }
            try (Preparer preparer = new Preparer(settings, swaps.stream().map(FolderSwap::work).toList())) {
                long totalBytes = preparer.readAll(files, progress);
                for (int i = 0; i < caps.size(); i++) {
                    FileTally total = preparer.datasets.get(i).total();
                    if (total.gamesKept() == 0) {
                        // an empty dataset would only fail later, in train; say now what the inputs held
                        throw new IOException((caps.size() > 1 ? "cap " + caps.get(i) + ": " : "")
                                + preparer.nothingKept(total, caps.size() > 1 ? outDir : outs.get(i)));
                    }
                }
                DatasetBuilder.Pass pass = new DatasetBuilder.Pass(files.stream().map(f -> f.isStdin() ? preparer.stdin.entry() : FileEntry.of(f.path()))
                        .toList(), totalBytes, preparer.uncompressedBytes, List.copyOf(preparer.inputErrors),
                        List.copyOf(preparer.undecodedText), settings.threadCount());
                if (!preparer.inputErrors.isEmpty()) {
                    keepCompleteDatasets(outs, preparer.inputErrors);
                }
                List<PrepareCounts> counts = new ArrayList<>();
                for (DatasetBuilder dataset : preparer.datasets) {
                    counts.add(dataset.writeOutputs(pass));
                }
                for (FolderSwap swap : swaps) {
                    swap.commit();
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                List<PrepareSummary> summaries = new ArrayList<>();
                for (int i = 0; i < caps.size(); i++) {
                    summaries.add(new PrepareSummary(outs.get(i), settings.forCap(caps.get(i)).resolved(),
                            counts.get(i), elapsed));
                }
                return summaries;
            }
        } catch (IOException | RuntimeException e) {
            swaps.forEach(FolderSwap::abandon);
            throw e;
        }
    }

    /**
     * A dataset from inputs that were not all read to the end (a truncated or corrupt file) is written to a new folder,
     * marked partial, but never replaces a dataset already there: that would lose what an earlier run wrote.
     *
     * @throws IOException naming the folder, the first input error and the way out, if any of {@code outs} holds one
     */
    private static void keepCompleteDatasets(List<Path> outs, List<InputError> errors) throws IOException {
        for (Path out : outs) {
            if (Files.isRegularFile(out.resolve(Manifest.FILE_NAME))) {
                throw new IOException(errors.size() + " input(s) not read to the end (first: " + errors.get(0).message()
                        + "); the dataset already in " + out + " was kept: a partial dataset does not replace one."
                        + " To keep what was read, prepare into a new --out");
            }
        }
    }

    /** @return the dataset folder of {@code cap} in a several-cap pass: {@code outDir/cap-<cap>} */
    public static Path capFolder(Path outDir, int cap) {
        return outDir.resolve("cap-" + cap);
    }

    /** Stops the screening threads. */
    @Override
    public void close() {
        pool.close();
    }

    /** @return the input files' bytes as stored (standard input: the bytes read) */
    private long readAll(List<InputFile> files, boolean progress) throws IOException {
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
                read(file, bytes -> bar.stepTo(before + bytes));
                done += file.isStdin() ? stdin.bytesRead() : Files.size(file.path());
            }
        }
        return fileBytes + stdin.bytesRead();
    }

    /**
     * Reads one file to its end or to its first read error, accounting for every record. Read errors
     * are the input's fault and are recorded; errors writing shards are thrown.
     */
    private void read(InputFile file, LongConsumer progress) throws IOException {
        currentFile = file.toString();
        currentRead = 0;
        filesRead++;
        datasets.forEach(d -> d.startFile(currentFile));
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
        if (!message.contains(currentFile)) {
            message = currentFile + ": " + message;
        }
        String m = message;
        datasets.forEach(d -> d.inputError(m));
        Long byteOffset = e instanceof InputReadException read ? read.byteOffset() : null;
        inputErrors.add(new InputError(currentFile, currentRead, message, byteOffset));
    }

    /** Receives records in input order with their verdicts at the highest cap (null for a skipped record). */
    private void account(GameRecord record, Verdict verdict) throws IOException {
        currentRead++;
        if (record instanceof Skipped skipped) {
            Verdict.Drop drop = new Verdict.Drop(DropReason.MALFORMED, skipped.line(),
                    skipped.reason() + ": " + skipped.detail(), Optional.empty());
            for (DatasetBuilder dataset : datasets) {
                dataset.malformed(record.file(), drop);
            }
            return;
        }
        ParsedGame game = (ParsedGame) record;
        // the split and the duplicate check hash the moves: once per game, whatever the number of caps
        long movesKey = verdict instanceof Verdict.Keep keep ? Duplicates.movesKey(keep.game().moves()) : 0;
        for (DatasetBuilder dataset : datasets) {
            dataset.accept(game, filter.atCap(game, verdict, dataset.cap()), movesKey);
        }
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
                + " written to %s", total.gamesRead(), filesRead, why, outDir);
    }
}
