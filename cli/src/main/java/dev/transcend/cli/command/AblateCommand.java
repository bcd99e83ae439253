package dev.transcend.cli.command;

import dev.transcend.cli.ablation.AblationConfig;
import dev.transcend.cli.ablation.AblationRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code transcend ablate CONFIG}: the arms of an ablation, each a whole run, then one report. */
@Command(name = "ablate", mixinStandardHelpOptions = true,
        description = {"Run an ablation: a shared experiment and arms that each change a few settings",
            "(e.g. configs/ablation-diversity.yaml). Each arm is a whole 'transcend run' in a JVM of its own,",
            "logged to <runDir>/logs/<arm>.log; then a report with one verdict row and one chart per arm.",
            "Run it again to resume. Exit 0 when every arm finished, else the highest exit of a failed arm."})
public final class AblateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Ablation config, e.g. configs/ablation-diversity.yaml.")
    private Path config;

    @Option(names = "--status-every", paramLabel = "SECONDS", defaultValue = "60",
            description = "Print the running arms' latest progress this often, 1..86400 (default ${DEFAULT-VALUE} s).")
    private long statusEvery;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (statusEvery < 1 || statusEvery > 86_400) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status-every: " + statusEvery
                    + " is not allowed; use 1..86400 seconds");
        }
        AblationConfig ablation = AblationConfig.read(config);
        AblationRunner.Result result = new AblationRunner(ablation, System.out,
                Duration.ofSeconds(statusEvery)).run();
        return result.failedArms() == 0 ? 0 : Math.max(1, result.worstExit());
    }
}
