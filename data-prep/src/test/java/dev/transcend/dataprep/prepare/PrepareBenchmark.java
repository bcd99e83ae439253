package dev.transcend.dataprep.prepare;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of {@link Preparer#run} on real files: wall-clock and process CPU time, MB/s of
 * decompressed PGN/CSV text and games/s, best of several runs after a warm-up run (JIT). Not a test:
 * speed depends on the machine and its load, so it is measured here and reported in the README.
 *
 * <pre>
 * java -cp CLASSPATH dev.transcend.dataprep.prepare.PrepareBenchmark CAP RUNS FILE_OR_DIR...
 * </pre>
 */
public final class PrepareBenchmark {

    private PrepareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PrepareBenchmark CAP RUNS FILE_OR_DIR...");
            System.exit(2);
        }
        int cap = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        Path out = Files.createTempDirectory("prepare-bench").resolve("dataset");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println(Preparer.run(inputs, PrepareSettings.withCap(cap), out, false).describe()); // warm-up
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            PrepareSummary s = Preparer.run(inputs, PrepareSettings.withCap(cap), out, false);
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            double wall = s.elapsed().toNanos() / 1e9;
            System.out.printf(Locale.ROOT, "run %d: cap %d, %,d games read, %,d kept, %.1f MB text: wall %.2f s "
                            + "(%.1f MB/s, %,.0f games/s), CPU %.2f s (%.1f MB/s per core, %,.0f games/s per core), "
                            + "%d threads%n", run, cap, s.counts().gamesRead(), s.counts().gamesKept(),
                    s.counts().uncompressedBytes() / 1e6, wall, s.megabytesPerSecond(), s.gamesPerSecond(), cpuSeconds,
                    s.counts().uncompressedBytes() / 1e6 / cpuSeconds, s.counts().gamesRead() / cpuSeconds,
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
