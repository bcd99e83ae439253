package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.InputError;
import dev.transcend.core.dataset.UndecodedText;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.DropReason;

import dev.transcend.core.dataset.DatasetSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a {@code prepare} run produced, for the command line to print.
 *
 * @param outDir the dataset folder
 * @param settings the resolved settings
 * @param counts the counts also stored in {@code manifest.json}
 * @param elapsed wall-clock time of the run
 */
public record PrepareSummary(Path outDir, DatasetSettings settings, PrepareCounts counts, Duration elapsed) {

    /** @return throughput in MB/s (10^6 bytes) of decompressed PGN/CSV text */
    public double megabytesPerSecond() {
        return counts.uncompressedBytes() / 1e6 / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /** @return throughput in games read per second */
    public double gamesPerSecond() {
        return counts.gamesRead() / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /**
     * Problems that make the dataset unfit for {@code train}, which needs games in both splits: a
     * split that received no game (too few games kept for the {@code validationFraction}).
     * {@code prepare} still writes such a dataset (the counts, {@code stats.csv} and {@code skipped.csv}
     * show what the inputs held); a caller should treat a non-empty list as a failed run.
     *
     * @return one sentence per problem, empty if the dataset can be trained on
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (counts.validationGames() == 0) {
            warnings.add(String.format(Locale.ROOT, "no game fell in the validation split (validationFraction %s of"
                    + " %,d kept games); train needs validation games: add games or raise validationFraction",
                    settings.validationFraction(), counts.gamesKept()));
        }
        if (counts.trainGames() == 0) {
            warnings.add(String.format(Locale.ROOT, "no game fell in the train split (%,d kept games, all in"
                    + " validation); train needs training games: add games or lower validationFraction",
                    counts.gamesKept()));
        }
        return warnings;
    }

    /** @return a few lines for a person: games kept and dropped per reason, splits, warnings, errors, speed */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "prepared %s (cap %d): %,d games read, %,d kept, %,d dropped%n",
                outDir, settings.cap(), counts.gamesRead(), counts.gamesKept(), counts.gamesDropped()));
        for (DropReason reason : DropReason.values()) {
            long n = counts.dropped().getOrDefault(reason, 0L);
            if (n > 0) {
                out.append(String.format(Locale.ROOT, "  dropped %-13s %,d%n", reason, n));
            }
        }
        out.append(String.format(Locale.ROOT, "  train %,d games / %,d tokens, validation %,d games / %,d tokens%n",
                counts.trainGames(), counts.trainTokens(), counts.validationGames(), counts.validationTokens()));
        for (String warning : warnings()) {
            out.append("  WARNING ").append(warning).append(System.lineSeparator());
        }
        for (UndecodedText text : counts.undecodedText()) {
            out.append("  WARNING ").append(text.describe()).append(System.lineSeparator());
        }
        for (InputError error : counts.inputErrors()) {
            out.append("  INPUT ERROR ").append(error.file()).append(" after ").append(error.gamesRead())
                    .append(" games: ").append(error.message()).append(System.lineSeparator());
        }
        if (!counts.inputErrors().isEmpty()) {
            out.append(String.format(Locale.ROOT, "  PARTIAL dataset: %d input(s) not read to the end (INPUT ERROR"
                    + " above); it holds the games read before each error%n", counts.inputErrors().size()));
        }
        out.append(String.format(Locale.ROOT, "  %.1f s, %.1f MB/s of PGN text, %,.0f games/s",
                elapsed.toNanos() / 1e9, megabytesPerSecond(), gamesPerSecond()));
        return out.toString();
    }
}
