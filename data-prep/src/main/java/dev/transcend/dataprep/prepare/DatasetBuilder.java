package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.InputError;
import dev.transcend.core.dataset.PlayersCsv;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.ShardInfo;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.dataset.TokenizedGame;
import dev.transcend.core.dataset.UndecodedText;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.dataprep.filter.Duplicates;
import dev.transcend.dataprep.filter.GameId;
import dev.transcend.dataprep.filter.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One dataset of a {@code prepare} pass (one cap): receives every record read, in input order, with its verdict at
 * this dataset's cap, and keeps what the dataset's files need: the duplicate table, the shards, the rating histogram,
 * the skipped-games log, the players, the dataset statistics ({@link DatasetStatistics}) and the per-file tallies.
 * A pass over several caps feeds one builder per cap
 * the same records, so each writes the files a single-cap run would.
 *
 * <p>Per kept game, {@link #accept} is the place to feed further per-dataset statistics; {@link #writeOutputs} the
 * place to write them.
 */
final class DatasetBuilder {

    private final PrepareSettings settings;
    private final Path dir;
    private final Duplicates duplicates = new Duplicates();
    private final ShardSink shards;
    private final RatingHistogram histogram = new RatingHistogram();
    private final SkipLog skipLog = new SkipLog();
    private final PlayerTally players = new PlayerTally();
    private final DatasetStatistics statistics = new DatasetStatistics();
    private final List<FileTally> tallies = new ArrayList<>();
    private FileTally current;

    /**
     * @param settings this dataset's settings, with a single cap
     * @param dir the (work) folder its files are written to
     */
    DatasetBuilder(PrepareSettings settings, Path dir) {
        this.settings = settings;
        this.dir = dir;
        this.shards = new ShardSink(dir, settings.shardGames(), settings.tokenEncoding().vocabularySize());
    }

    /** @return the dataset's cap */
    int cap() {
        return settings.cap();
    }

    /** Starts the tally of the next input file. */
    void startFile(String file) {
        current = new FileTally(file);
        tallies.add(current);
    }

    /** Records that the current file could not be read to its end. */
    void inputError(String message) {
        current.error(message);
    }

    /**
     * Counts a record the reader could not make a game of.
     *
     * @param drop the {@link DropReason#MALFORMED} drop
     */
    void malformed(String file, Verdict.Drop drop) {
        drop(current.read(), drop, file);
    }

    /**
     * Takes one game with its verdict at this dataset's cap: drops it (counted, logged) or, unless it duplicates a
     * game kept before, writes it to its split's shard.
     *
     * @param movesKey {@link Duplicates#movesKey} of the kept game's tokens (unused for a drop)
     */
    void accept(ParsedGame game, Verdict verdict, long movesKey) throws IOException {
        long index = current.read();
        verdict.elo().ifPresent(histogram::read);
        if (verdict instanceof Verdict.Drop drop) {
            players.count(game, drop.elo(), false, drop.reason() == DropReason.ABOVE_CAP);
            drop(index, drop, game.file());
            return;
        }
        TokenizedGame kept = ((Verdict.Keep) verdict).game();
        Optional<String> duplicate = settings.dedupe()
                ? duplicates.check(GameId.of(game), movesKey, kept.elo()) : Optional.empty();
        if (duplicate.isPresent()) {
            players.count(game, Optional.of(kept.elo()), false, false);
            drop(index, new Verdict.Drop(DropReason.DUPLICATE, game.line(), duplicate.get(),
                    Optional.of(kept.elo())), game.file());
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

    /** @return the counts over every file read so far */
    FileTally total() {
        FileTally total = new FileTally(StatsCsv.TOTAL);
        tallies.forEach(total::add);
        return total;
    }

    /**
     * Writes the shards' last pieces, {@code stats.csv}, {@code rating_histogram.csv}, {@code skipped.csv},
     * {@code players.csv} and {@code manifest.json}.
     *
     * @param run what the pass shares: the inputs, their bytes, input errors, undecoded text and threads
     * @return the counts written to the manifest
     */
    PrepareCounts writeOutputs(Pass run) throws IOException {
        FileTally total = total();
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
                trainGames, trainTokens, validationGames, validationTokens, run.inputBytes(), run.uncompressedBytes(),
                run.inputErrors(), histogram.bins(), shardList, skipLog.entries().size(), run.undecodedText(),
                run.threads());

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
        Manifest.of(Stage.PREPARE, run.inputs(), settings.resolved(), counts, outputs).writeTo(dir);
        return counts;
    }

    /**
     * What every dataset of a pass records alike.
     *
     * @param inputs the input files with bytes and SHA-256
     * @param inputBytes their bytes as stored
     * @param uncompressedBytes bytes of text read after decompression
     * @param inputErrors files that could not be read to their end
     * @param undecodedText files with lines that are not UTF-8
     * @param threads screening threads
     */
    record Pass(List<FileEntry> inputs, long inputBytes, long uncompressedBytes, List<InputError> inputErrors,
                List<UndecodedText> undecodedText, int threads) {
    }
}
