package dev.transcend.dataprep.bench;

import dev.transcend.core.io.Folders;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.dataprep.input.GameSource;
import dev.transcend.dataprep.input.InputFile;
import dev.transcend.dataprep.input.InputFiles;
import dev.transcend.dataprep.prepare.PrepareSettings;
import dev.transcend.dataprep.prepare.PrepareSummary;
import dev.transcend.dataprep.prepare.Preparer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The three speeds {@code bench prepare} compares on one file and one rating cap, each the best (shortest) of
 * several runs: tag-only filtering (read and decide on the {@code WhiteElo}/{@code BlackElo} tags, no replay),
 * filtering plus tokenization (a real {@link Preparer#run} into a temporary folder, deleted afterwards), and
 * {@code pgn-extract -s -t TAGFILE -o /dev/null FILE} with {@code WhiteElo <= "CAP"} and {@code BlackElo <= "CAP"}.
 */
public final class PrepareBench {

    /** Where {@code pgn-extract} is looked for (Debian's package installs it in /usr/games). */
    public static final List<Path> PGN_EXTRACT = List.of(Path.of("/usr/games/pgn-extract"), Path.of("/usr/bin/pgn-extract"),
            Path.of("/usr/local/bin/pgn-extract"));

    /**
     * One timed step.
     *
     * @param step what was timed
     * @param seconds wall-clock time of the best run
     * @param bytes PGN text read (uncompressed)
     * @param games games read
     */
    public record Measurement(String step, double seconds, long bytes, long games) {

        /** @return megabytes (10^6 bytes) of PGN text per second */
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** @return games read per second */
        public double gamesPerSecond() {
            return games / seconds;
        }
    }

    /**
     * @param tagOnly read and decide on tags only
     * @param prepare filtering plus tokenization
     * @param gamesKept games prepare kept at this cap
     * @param pgnExtract pgn-extract's rating filter, empty when it is not installed
     */
    public record CapResult(int cap, Measurement tagOnly, Measurement prepare, long gamesKept,
                            Optional<Measurement> pgnExtract) {

        /** @return pgn-extract's time over prepare's: how many times faster prepare is, empty without pgn-extract */
        public Optional<Double> speedup() {
            return pgnExtract.map(p -> p.seconds() / prepare.seconds());
        }
    }

    private PrepareBench() {
    }

    /** @return the pgn-extract executable, if installed */
    public static Optional<Path> pgnExtract() {
        return PGN_EXTRACT.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * @param file a PGN file
     * @param cap rating cap (Elo)
     * @param runs runs of each step, at least 1; the best is kept
     * @return the three speeds
     * @throws IOException if reading, writing or running pgn-extract fails
     * @throws InterruptedException if interrupted while pgn-extract runs
     */
    public static CapResult measure(Path file, int cap, int runs) throws IOException, InterruptedException {
        Measurement tagOnly = null;
        Measurement prepare = null;
        long kept = 0;
        Optional<Measurement> extract = Optional.empty();
        for (int run = 0; run < runs; run++) {
            tagOnly = best(tagOnly, tagOnly(file, cap));
            PrepareSummary summary = prepare(file, cap);
            kept = summary.counts().gamesKept();
            prepare = best(prepare, new Measurement("filtering + tokenization", summary.elapsed().toNanos() / 1e9,
                    summary.counts().uncompressedBytes(), summary.counts().gamesRead()));
            Optional<Path> tool = pgnExtract();
            if (tool.isPresent()) {
                Measurement m = pgnExtract(tool.get(), file, cap, tagOnly.games());
                extract = Optional.of(extract.isEmpty() ? m : best(extract.get(), m));
            }
        }
        return new CapResult(cap, tagOnly, prepare, kept, extract);
    }

    /**
     * Reads every game and decides on its ratings alone: {@code max(WhiteElo, BlackElo) <= cap}.
     *
     * @return the time, text and games read
     */
    public static Measurement tagOnly(Path file, int cap) throws IOException {
        long start = System.nanoTime();
        long games = 0;
        long bytes = 0;
        long kept = 0;
        for (InputFile input : InputFiles.expand(List.of(file))) {
            try (GameSource source = GameSource.open(input)) {
                GameRecord record;
                while ((record = source.next()) != null) {
                    games++;
                    if (record instanceof ParsedGame game && rating(game, "WhiteElo") <= cap
                            && rating(game, "BlackElo") <= cap) {
                        kept++;
                    }
                }
                bytes += source.uncompressedBytesRead();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement("tag-only filtering (" + kept + " kept)", seconds, bytes, games);
    }

    /** @return a real prepare run's summary; its output folder is deleted afterwards */
    public static PrepareSummary prepare(Path file, int cap) throws IOException {
        Path tmp = Files.createTempDirectory("transcend-bench-prepare-");
        try {
            return Preparer.run(List.of(file), PrepareSettings.withCap(cap), tmp.resolve("dataset"), false);
        } finally {
            Folders.deleteTree(tmp);
        }
    }

    /**
     * {@code pgn-extract -s -t TAGFILE -o /dev/null FILE}, the tag file holding {@code WhiteElo <= "CAP"} and
     * {@code BlackElo <= "CAP"}.
     *
     * @param games games in the file (pgn-extract does not say), for games/s
     */
    static Measurement pgnExtract(Path tool, Path file, int cap, long games) throws IOException, InterruptedException {
        Path tags = Files.createTempFile("transcend-bench-tags-", ".txt");
        try {
            Files.writeString(tags, "WhiteElo <= \"" + cap + "\"\nBlackElo <= \"" + cap + "\"\n");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(tool.toString(), "-s", "-t", tags.toString(), "-o", "/dev/null",
                    file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException(tool + " exited with status " + exit + " on " + file);
            }
            return new Measurement("pgn-extract", seconds, Files.size(file), games);
        } finally {
            Files.deleteIfExists(tags);
        }
    }

    /** @return the tag's rating, or {@link Integer#MAX_VALUE} when missing or not a number (dropped, as prepare does) */
    private static int rating(ParsedGame game, String tag) {
        String value = game.tag(tag).map(String::strip).orElse("");
        if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(value);
    }

    private static Measurement best(Measurement a, Measurement b) {
        return a == null || b.seconds() < a.seconds() ? b : a;
    }
}
