package dev.transcend.cli.command.bench;

import dev.transcend.core.io.Folders;
import dev.transcend.dataprep.bench.BenchInput;
import dev.transcend.dataprep.bench.PrepareBench;
import dev.transcend.dataprep.prepare.PrepareSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code transcend bench prepare}: MB/s and games/s of tag-only filtering, of filtering plus tokenization (a real
 * prepare run) and of {@code pgn-extract}'s rating filter, side by side on one large Lichess-format file, for each
 * cap; then prepare's time at half and full size, to show it grows linearly. Speed targets live here, not in tests.
 */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Side by side on one large Lichess-format PGN file: tag-only filtering, filtering plus",
            "tokenization (prepare) and pgn-extract's rating filter (when installed), in MB/s and games/s, best of",
            "--runs runs, for each cap; then prepare's time at half and full size. Without --input it builds the",
            "file in a temporary folder (deleted afterwards): --source repeated, or the Lichess export in shared/data",
            "if found, else generated games, up to --size-mb."})
public final class BenchPrepareCommand implements Callable<Integer> {

    /** The real Lichess export repeated when neither --input nor --source is given, looked for from the working folder. */
    static final List<Path> SHARED_EXPORT = List.of(
            Path.of("..", "shared", "data", "raw", "kdave-pgn-toys", "lichess_2021-10-01_head.pgn.gz"),
            Path.of("..", "..", "shared", "data", "raw", "kdave-pgn-toys", "lichess_2021-10-01_head.pgn.gz"));

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "A large plain-text Lichess-format PGN file to read.")
    private Path input;

    @Option(names = "--source", paramLabel = "FILE",
            description = "A Lichess export (PGN, .gz etc.) to repeat up to --size-mb (default: shared/data's, if found).")
    private Path source;

    @Option(names = "--generated", description = "Build the file from generated games even when a Lichess export is found.")
    private boolean generated;

    @Option(names = "--size-mb", paramLabel = "MB", defaultValue = "200",
            description = "Size of the file built without --input, in MB (default ${DEFAULT-VALUE}).")
    private double sizeMb;

    @Option(names = "--caps", paramLabel = "ELO", split = ",", defaultValue = "1000,2400",
            description = "Rating caps to measure at (default ${DEFAULT-VALUE}: few games kept, most kept).")
    private List<Integer> caps;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs of each step; the best is shown (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of generated games (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        for (int cap : caps) {
            PrepareSettings.withCap(cap); // checks each cap before minutes of benchmarking
        }
        if (runs < 1 || sizeMb <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1 and --size-mb positive");
        }
        for (Path p : new Path[] {input, source}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("transcend-bench-");
        try {
            BenchInput.Built file = input != null
                    ? new BenchInput.Built(input, Files.size(input), "given")
                    : build(tmp.resolve("bench.pgn"));
            out.printf(Locale.ROOT, "input: %s (%.1f MB, %s)%n", file.file(), file.bytes() / 1e6, file.origin());
            out.printf(Locale.ROOT, "machine: %d cores, load average %.1f before the runs; best of %d runs per row%n",
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
            Optional<Path> tool = PrepareBench.pgnExtract();
            if (tool.isEmpty()) {
                out.println("pgn-extract: not installed (looked in " + PrepareBench.PGN_EXTRACT + "), its row is skipped");
            }
            out.flush();
            // one run of each step first, not counted: the JIT compiles prepare's code (and its compiler threads'
            // CPU time would count) while pgn-extract, compiled ahead, has nothing to warm up
            PrepareBench.tagOnly(file.file(), caps.get(0));
            PrepareBench.prepare(file.file(), caps.get(0));
            for (int cap : caps) {
                PrepareBench.CapResult r = PrepareBench.measure(file.file(), cap, runs);
                out.printf(Locale.ROOT, "cap %d: %,d games read, %,d kept by prepare (%.1f%%)%n", cap,
                        r.prepare().games(), r.prepare().kept(), 100.0 * r.prepare().kept() / Math.max(1, r.prepare().games()));
                out.printf(Locale.ROOT, "  %-26s %9s %9s %11s %9s %14s%n", "step", "wall", "MB/s", "games/s", "CPU",
                        "MB/s per CPU-s");
                row(out, r.tagOnly());
                row(out, r.prepare());
                r.pgnExtract().ifPresent(m -> row(out, m));
                r.speedup().ifPresent(x -> out.printf(Locale.ROOT, "  prepare / pgn-extract: %.1fx%s%n", x,
                        r.cpuSpeedup().filter(c -> !c.isNaN()).map(c -> String.format(Locale.ROOT,
                                " (wall-clock; in CPU time %.1fx)", c)).orElse(" (wall-clock)")));
                out.flush();
            }
            linearity(out, file, tmp.resolve("half.pgn"), caps.get(0));
            out.println("wall: best of the runs; CPU: least CPU time (user + system, all threads) of the runs; one "
                    + "uncounted warm-up run of tag-only filtering and prepare before them (JIT)");
            out.flush();
        } finally {
            Folders.deleteTree(tmp);
        }
        return 0;
    }

    private BenchInput.Built build(Path file) throws Exception {
        long bytes = (long) (sizeMb * 1e6);
        Optional<Path> export = generated ? Optional.empty()
                : Optional.ofNullable(source).or(() -> SHARED_EXPORT.stream().filter(Files::isRegularFile).findFirst());
        return export.isPresent() ? BenchInput.repeatExport(export.get(), bytes, file)
                : BenchInput.generated(seed, bytes, file);
    }

    private void linearity(PrintWriter out, BenchInput.Built file, Path halfFile, int cap) throws Exception {
        BenchInput.Built half = BenchInput.firstHalf(file.file(), halfFile);
        double[] halfTime = {Double.MAX_VALUE, Double.MAX_VALUE}; // wall, CPU
        double[] fullTime = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int run = 0; run < runs; run++) {
            least(halfTime, PrepareBench.prepare(half.file(), cap));
            least(fullTime, PrepareBench.prepare(file.file(), cap));
        }
        out.printf(Locale.ROOT, "linearity (filtering + tokenization, cap %d): %.1f MB in %.2f s (CPU %.2f s), "
                        + "%.1f MB in %.2f s (CPU %.2f s): %.2fx the wall time, %.2fx the CPU time for %.2fx the text%n",
                cap, half.bytes() / 1e6, halfTime[0], halfTime[1], file.bytes() / 1e6, fullTime[0], fullTime[1],
                fullTime[0] / halfTime[0], fullTime[1] / halfTime[1], (double) file.bytes() / half.bytes());
        out.flush();
    }

    private static void least(double[] times, PrepareBench.Measurement m) {
        times[0] = Math.min(times[0], m.seconds());
        times[1] = Math.min(times[1], m.cpuSeconds());
    }

    private static void row(PrintWriter out, PrepareBench.Measurement m) {
        String perCpu = m.cpuSeconds() > 0 ? String.format(Locale.ROOT, "%14.1f", m.megabytesPerCpuSecond())
                : String.format(Locale.ROOT, "%14s", "n/a"); // NaN: pgn-extract's CPU time unknown; 0: too short to tell
        out.printf(Locale.ROOT, "  %-26s %7.2f s %9.1f %,11.0f %7.2f s %s%n", m.step(), m.seconds(),
                m.megabytesPerSecond(), m.gamesPerSecond(), m.cpuSeconds(), perCpu);
    }
}
