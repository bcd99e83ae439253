package dev.transcend.cli.command.bench;

import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.core.io.Folders;
import dev.transcend.dataprep.prepare.PrepareSettings;
import dev.transcend.dataprep.prepare.PrepareSummary;
import dev.transcend.dataprep.prepare.Preparer;
import dev.transcend.model.bench.ModelBenchmark;
import dev.transcend.model.gpt.GptConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code transcend bench model}: speed of this machine for the model (training tokens/s, inference ms per
 * move) and, given inputs, for {@code prepare} (MB/s, games/s). Speed targets live here, not in tests.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Training tokens/s and inference ms/move for a model shape (and, given --input, prepare",
            "throughput on those files). Inference is timed for the SameDiff full recompute and for the key/value",
            "cache play uses, over a 160-ply game. Numbers depend on the machine and its load; run it on an idle machine."})
public final class BenchModelCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Config whose 'model' section to measure (default shape if absent).")
    private Path config;

    @Option(names = "--input", arity = "1..*", paramLabel = "FILE", description = "PGN/CSV files to time prepare on.")
    private List<Path> inputs;

    @Option(names = "--cap", paramLabel = "ELO", defaultValue = "1500", description = "Cap for the prepare benchmark (default 1500).")
    private int cap;

    @Override
    public Integer call() throws Exception {
        GptConfig model = config == null ? GptConfig.defaults() : ExperimentConfig.read(config).model();
        PrepareSettings prepare = PrepareSettings.withCap(cap); // checks the cap before minutes of benchmarking
        for (Path input : inputs == null ? List.<Path>of() : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString());
            }
        }
        ModelBenchmark.Result r = ModelBenchmark.run(model);
        System.out.printf(Locale.ROOT, "model: %,d parameters (%d layers, %d heads, d=%d, context %d), backend %s%n",
                r.parameters(), model.layers(), model.heads(), model.embedding(), model.contextLength(), r.backend());
        System.out.printf(Locale.ROOT, "  training:  %,.0f tokens/s (batch %d x %d tokens)%n",
                r.trainingTokensPerSecond(), r.batchSize(), r.sequenceLength());
        ModelBenchmark.Inference i = r.inference();
        System.out.printf(Locale.ROOT, "  inference, full recompute (SameDiff): %.2f ms per move (mean over a %d-ply game),"
                + " %.2f ms at %d-%d plies of history%n", i.fullMsPerMove(), i.plies(), i.fullMsAtEnd(),
                Math.max(0, i.plies() - 10), i.plies() - 1);
        System.out.printf(Locale.ROOT, "  inference, key/value cache (play's): %.2f ms per move (mean over the same game),"
                + " %.2f ms at %d-%d plies of history%n", i.cachedMsPerMove(), i.cachedMsAtEnd(),
                Math.max(0, i.plies() - 10), i.plies() - 1);
        System.out.printf(Locale.ROOT, "  inference, key/value cache past the context (sliding window, recomputed every"
                + " move): %.2f ms per move%n", i.slidingMsPerMove());
        if (inputs != null) {
            Path tmp = Files.createTempDirectory("transcend-bench-");
            try {
                PrepareSummary s = Preparer.run(inputs, prepare, tmp.resolve("data"), false);
                System.out.printf(Locale.ROOT, "prepare: %.1f MB/s of PGN text, %,.0f games/s (%,d games read, cap %d)%n",
                        s.megabytesPerSecond(), s.gamesPerSecond(), s.counts().gamesRead(), cap);
            } finally {
                Folders.deleteTree(tmp);
            }
        }
        return 0;
    }
}
