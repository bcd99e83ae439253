package dev.transcend.cli.ablation;

import dev.transcend.cli.ExitCodes;
import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.cli.run.Preflight;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.io.Json;
import dev.transcend.reports.RatingChart;
import dev.transcend.reports.Verdict;
import dev.transcend.reports.ablation.AblationReport;
import dev.transcend.reports.ablation.ArmOutcome;
import dev.transcend.reports.ablation.ArmRow;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code transcend ablate}: writes each arm's experiment config to {@code <runDir>/configs/<arm>.yaml}, runs the
 * arms ({@code transcend run}, {@code parallel} at once, each in its own JVM, log in {@code <runDir>/logs/<arm>.log}),
 * prints each running arm's latest progress line every {@code statusEvery}, then writes the ablation report from
 * the arms' {@code verdict.json} and charts. Running it again resumes every arm (a finished arm only re-reports).
 */
public final class AblationRunner {

    private final AblationConfig config;
    private final PrintStream out;
    private final Duration statusEvery;

    /**
     * @param config      a config read by {@link AblationConfig#read}
     * @param out         where status lines go
     * @param statusEvery how often to print the running arms' progress
     */
    public AblationRunner(AblationConfig config, PrintStream out, Duration statusEvery) {
        this.config = config;
        this.out = out;
        this.statusEvery = statusEvery;
    }

    /** What {@link #run} leaves: the report and whether every arm finished. */
    public record Result(Path html, int failedArms, int worstExit) {
    }

    /**
     * @return the report and the arms that failed
     * @throws IOException if a config, log or the report cannot be written
     * @throws InterruptedException if stopped; the arms are asked to stop and keep their finished work
     */
    public Result run() throws IOException, InterruptedException {
        Instant start = Instant.now();
        Path root = Path.of(config.runDir());
        AblationFolder folder = new AblationFolder(root, config);
        folder.check();
        for (AblationArm arm : config.arms()) {
            ExperimentConfig experiment = config.experiment(arm);
            try {
                Preflight.check(experiment, experiment.layout());
            } catch (ConfigException e) {
                throw new ConfigException("arm '" + arm.name() + "': " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IOException("arm '" + arm.name() + "': " + e.getMessage(), e);
            }
        }
        folder.create();
        Map<AblationArm, Path> configs = new LinkedHashMap<>();
        for (AblationArm arm : config.arms()) {
            Path file = folder.armConfig(arm);
            AtomicFiles.writeString(file, AblationFolder.armConfigHeader(config, arm)
                    + "; run it alone with: transcend run " + file + "\n" + ConfigFiles.toYaml(config.experiment(arm)));
            configs.put(arm, file);
        }
        long heapMb = Math.max(1024, Runtime.getRuntime().maxMemory() / (1 << 20) / config.parallel());
        out.printf("ablation %s: %d arms, %d at once (each its own JVM, -Xmx%dm); configs in %s, logs in %s%n",
                config.name(), configs.size(), config.parallel(), heapMb, root.resolve("configs"), root.resolve("logs"));

        Map<String, ArmProcess> running = new ConcurrentHashMap<>();
        Map<String, Integer> exits = new ConcurrentHashMap<>();
        Map<String, String> lastLines = new ConcurrentHashMap<>();
        Object starting = new Object();
        AtomicBoolean stopping = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(config.parallel());
        Thread stopper = new Thread(() -> {
            synchronized (starting) {
                stopping.set(true); // no arm starts after this; the ones started are all in 'running'
            }
            running.values().forEach(p -> p.stop(30));
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Map.Entry<AblationArm, Path> e : configs.entrySet()) {
                String arm = e.getKey().name();
                futures.add(pool.submit(() -> {
                    Instant armStart = Instant.now();
                    Path log = folder.armLog(e.getKey());
                    ArmProcess p;
                    synchronized (starting) {
                        if (stopping.get() || Thread.currentThread().isInterrupted()) {
                            return null;
                        }
                        try {
                            p = ArmProcess.start(e.getValue(), log, heapMb);
                        } catch (IOException | RuntimeException failed) {
                            // this arm cannot start (e.g. its log cannot be written); the others go on
                            exits.put(arm, ExitCodes.INPUT);
                            lastLines.put(arm, "cannot start its JVM: " + failed.getMessage());
                            synchronized (out) {
                                out.printf("[%s] FAILED: cannot start its JVM: %s%n", arm, failed.getMessage());
                            }
                            return null;
                        }
                        running.put(arm, p);
                    }
                    synchronized (out) {
                        out.printf("[%s] started: transcend run %s (log %s)%n", arm, e.getValue(), log);
                    }
                    int exit = p.waitFor();
                    running.remove(arm);
                    lastLines.put(arm, p.lastLine());
                    exits.put(arm, exit);
                    synchronized (out) {
                        out.printf("[%s] %s after %s%s%n", arm, exit == 0 ? "finished" : "FAILED with exit " + exit,
                                human(Duration.between(armStart, Instant.now())),
                                exit == 0 ? "" : "; last line of " + log + ": " + p.lastLine());
                        if (exit == ExitCodes.USAGE) {
                            out.printf("[%s] (exit 2 is a refused config: to change a finished arm's settings, give"
                                    + " the ablation another 'name' or 'runDir', or restore the arm's settings)%n", arm);
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            while (!pool.awaitTermination(statusEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                synchronized (out) {
                    out.printf("ablation %s: %d/%d arms done, %s%n", config.name(), exits.size(), configs.size(),
                            human(Duration.between(start, Instant.now())));
                    running.forEach((arm, p) -> out.printf("  %s: %s%n", arm, p.lastLine()));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("cannot start an arm's JVM: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops the arms
            }
        }

        List<ArmOutcome> outcomes = new ArrayList<>();
        int worst = 0;
        for (AblationArm arm : config.arms()) {
            int exit = exits.getOrDefault(arm.name(), -1);
            Path report = config.armDir(arm).resolve("report");
            Path verdict = report.resolve(Verdict.FILE_NAME);
            if (exit == 0 && Files.isRegularFile(verdict)) {
                outcomes.add(ArmOutcome.finished(arm.name(), arm.description(), arm.prediction(),
                        Json.read(verdict, Verdict.class), report.resolve(RatingChart.FILE_NAME)));
            } else {
                worst = Math.max(worst, exit);
                String why = lastLines.getOrDefault(arm.name(), "");
                outcomes.add(ArmOutcome.failed(arm.name(), arm.description(), arm.prediction(), "transcend run "
                        + configs.get(arm) + (exit < 0 ? " did not run" : " ended with exit " + exit)
                        + (why.isBlank() ? "" : " (" + why + ")") + "; see " + folder.armLog(arm)
                        + " and run the ablation again to resume"));
            }
        }
        Path html = AblationReport.write(config.name(), config.description(), outcomes, config,
                config.reportDir());
        out.printf("%n%-24s %-12s %-34s %-10s %s%n", "arm", "transcends", "model at lowest temperature", "theory",
                "agrees");
        for (ArmOutcome o : outcomes) {
            ArmRow r = ArmRow.of(o);
            out.printf("%-24s %-12s %-34s %-10s %s%n", r.arm(), r.transcends(), r.lowest(), r.prediction(), r.agrees());
        }
        int failed = (int) outcomes.stream().filter(o -> o.verdict() == null).count();
        out.printf("%ndone in %s; %d of %d arms finished; report: %s%n", human(Duration.between(start, Instant.now())),
                outcomes.size() - failed, outcomes.size(), html);
        return new Result(html, failed, worst);
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
