package dev.transcend.cli.command;

import dev.transcend.cli.ProgressOption;
import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.model.train.TrainSettings;
import dev.transcend.model.train.TrainSummary;
import dev.transcend.model.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code transcend train}: a decoder-only transformer on a prepared dataset. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the decoder-only transformer on a prepared dataset.",
            "AdamW, warmup then cosine learning rate, periodic validation loss. Writes checkpoint/,",
            "train_log.csv and manifest.json; --resume continues from the last checkpoint."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Dataset folder written by prepare.")
    private Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config with 'model' and 'train' sections (e.g. configs/quickstart.yaml); defaults if absent.")
    private Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--resume", description = "Continue from OUT/checkpoint up to the configured steps.")
    private boolean resume;

    @Option(names = "--steps", paramLabel = "N", description = "Override the number of optimizer steps.")
    private Integer steps;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        ExperimentConfig experiment = config == null
                ? new ExperimentConfig(null, null, null, null, null, null, null, null, null, null)
                : ExperimentConfig.read(config);
        TrainSettings settings = steps == null ? experiment.train() : experiment.train().withSteps(steps);
        TrainSummary s = Trainer.run(data, experiment.model(), settings, out, resume, progress.enabled());
        if (resume && !s.resumed()) {
            System.out.println("note: --resume found no checkpoint in " + out + "; trained from step 0");
        }
        System.out.printf(Locale.ROOT, "step %d: train loss %s, validation loss %s (best %s); %.0f tokens/s; %s%n",
                s.step(), s.trainLoss(), s.validationLoss(), s.bestValidationLoss(), s.tokensPerSecond(), s.checkpoint());
        return 0;
    }
}
