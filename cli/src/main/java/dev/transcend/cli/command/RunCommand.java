package dev.transcend.cli.command;

import dev.transcend.cli.ProgressOption;
import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.cli.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code transcend run CONFIG}: the whole experiment, resumable. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a whole experiment from a YAML config.",
            "Generates or reads games, prepares a rating-capped dataset, trains, plays a temperature sweep,",
            "rates and reports. Run it again to resume after a stop."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment config, e.g. configs/quickstart.yaml.")
    private Path config;

    @Mixin
    private ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        ExperimentConfig experiment = ExperimentConfig.read(config);
        new Pipeline(experiment, progress.enabled(), System.out).run();
        return 0;
    }
}
