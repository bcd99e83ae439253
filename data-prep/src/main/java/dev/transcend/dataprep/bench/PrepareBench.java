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
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * @param cpuSeconds CPU time (user + system, all threads) of the run with the least, NaN if unknown: steadier
     *        than wall-clock time on a machine that other work shares
     * @param bytes PGN text read (uncompressed)
     * @param games games read
     * @param kept games kept (by the tags alone for tag-only filtering), -1 if unknown
     */
    public record Measurement(String step, double seconds, double cpuSeconds, long bytes, long games, long kept) {

        /** @return megabytes (10^6 bytes) of PGN text per second */
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** @return games read per second */
        public double gamesPerSecond() {
            return games / seconds;
        }

        /** @return megabytes of PGN text per CPU-second */
        public double megabytesPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    /**
     * @param tagOnly read and decide on tags only
     * @param prepare filtering plus tokenization
     * @param pgnExtract pgn-extract's rating filter, empty when it is not installed
     */
    public record CapResult(int cap, Measurement tagOnly, Measurement prepare, Optional<Measurement> pgnExtract) {

        /** @return pgn-extract's time over prepare's: how many times faster prepare is, empty without pgn-extract */
        public Optional<Double> speedup() {
            return pgnExtract.map(p -> p.seconds() / prepare.seconds());
        }

        /** @return pgn-extract's CPU time over prepare's (all of prepare's threads), empty without pgn-extract */
        public Optional<Double> cpuSpeedup() {
            return pgnExtract.map(p -> p.cpuSeconds() / prepare.cpuSeconds());
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
        Optional<Measurement> extract = Optional.empty();
        for (int run = 0; run < runs; run++) {
            tagOnly = best(tagOnly, tagOnly(file, cap));
            prepare = best(prepare, prepare(file, cap));
            Optional<Path> tool = pgnExtract();
            if (tool.isPresent()) {
                Measurement m = pgnExtract(tool.get(), file, cap, tagOnly.games());
                extract = Optional.of(extract.isEmpty() ? m : best(extract.get(), m));
            }
        }
        return new CapResult(cap, tagOnly, prepare, extract);
    }

    /**
     * Reads every game and decides on its ratings alone: {@code max(WhiteElo, BlackElo) <= cap}.
     *
     * @return the time, text and games read
     */
    public static Measurement tagOnly(Path file, int cap) throws IOException {
        double cpu = processCpuSeconds();
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
        return new Measurement("tag-only filtering", seconds, processCpuSeconds() - cpu, bytes, games, kept);
    }

    /**
     * Filtering plus tokenization: a real prepare run (the time its summary states), whose output folder is deleted
     * afterwards.
     *
     * @return the time, text and games read, games kept
     */
    public static Measurement prepare(Path file, int cap) throws IOException {
        Path tmp = Files.createTempDirectory("transcend-bench-prepare-");
        try {
            double cpu = processCpuSeconds();
            PrepareSummary s = Preparer.run(List.of(file), PrepareSettings.withCap(cap), tmp.resolve("dataset"), false);
            return new Measurement("filtering + tokenization", s.elapsed().toNanos() / 1e9, processCpuSeconds() - cpu,
                    s.counts().uncompressedBytes(), s.counts().gamesRead(), s.counts().gamesKept());
        } finally {
            Folders.deleteTree(tmp);
        }
    }

    /**
     * {@code pgn-extract -s -t TAGFILE -o /dev/null FILE}, the tag file holding {@code WhiteElo <= "CAP"} and
     * {@code BlackElo <= "CAP"}, run from {@code bash} so that its {@code times} builtin reports the CPU time.
     *
     * @param games games in the file (pgn-extract does not say), for games/s
     */
    static Measurement pgnExtract(Path tool, Path file, int cap, long games) throws IOException, InterruptedException {
        Path tags = Files.createTempFile("transcend-bench-tags-", ".txt");
        try {
            Files.writeString(tags, "WhiteElo <= \"" + cap + "\"\nBlackElo <= \"" + cap + "\"\n");
            String script = "\"$0\" -s -t \"$1\" -o /dev/null \"$2\" >/dev/null 2>&1; status=$?; times; exit $status";
            long start = System.nanoTime();
            Process process = new ProcessBuilder("bash", "-c", script, tool.toString(), tags.toString(), file.toString())
                    .redirectErrorStream(true).start();
            String times = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException(tool + " exited with status " + exit + " on " + file);
            }
            return new Measurement("pgn-extract", seconds, childCpuSeconds(times), Files.size(file), games, -1);
        } finally {
            Files.deleteIfExists(tags);
        }
    }

    /** @return the children's user + system seconds from bash's {@code times} output (its second line), NaN if absent */
    static double childCpuSeconds(String times) {
        String[] lines = times.strip().split("\n");
        if (lines.length < 2) {
            return Double.NaN;
        }
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s").matcher(lines[lines.length - 1]);
        double total = 0;
        int found = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            found++;
        }
        return found == 2 ? total : Double.NaN;
    }

    /** @return this process's CPU time so far (all threads, user + system), in seconds */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** @return the tag's rating, or {@link Integer#MAX_VALUE} when missing or not a number (dropped, as prepare does) */
    private static int rating(ParsedGame game, String tag) {
        String value = game.tag(tag).map(String::strip).orElse("");
        if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(value);
    }

    /** @return the shorter wall-clock time with the least CPU time of both runs */
    private static Measurement best(Measurement a, Measurement b) {
        if (a == null) {
            return b;
        }
        Measurement faster = b.seconds() < a.seconds() ? b : a;
        double cpu = Double.isNaN(a.cpuSeconds()) ? b.cpuSeconds() : Math.min(a.cpuSeconds(), b.cpuSeconds());
        return new Measurement(faster.step(), faster.seconds(), cpu, faster.bytes(), faster.games(), faster.kept());
    }
}
