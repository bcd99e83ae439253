package dev.transcend.cli;

import dev.transcend.cli.command.AblateCommand;
import dev.transcend.cli.command.AnalyzeCommand;
import dev.transcend.cli.command.BenchCommand;
import dev.transcend.cli.command.CalibrateCommand;
import dev.transcend.cli.command.GenerateCommand;
import dev.transcend.cli.command.PlayCommand;
import dev.transcend.cli.command.PrepareCommand;
import dev.transcend.cli.command.RateCommand;
import dev.transcend.cli.command.ReportCommand;
import dev.transcend.cli.command.RunCommand;
import dev.transcend.cli.command.TrainCommand;
import dev.transcend.core.provenance.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code transcend} command. Each subcommand runs one stage of the pipeline; {@code run} runs
 * them all from an experiment config. Exit codes: see {@link ExitCodes}.
 */
@Command(name = "transcend",
        mixinStandardHelpOptions = true,
        versionProvider = Transcend.Version.class,
        description = {
            "Reproduce and extend the chess transcendence experiment (Zhang et al., 2024):",
            "train a transformer on rating-capped games and measure its strength vs temperature."},
        subcommands = {
            RunCommand.class,
            AblateCommand.class,
            CalibrateCommand.class,
            GenerateCommand.class,
            PrepareCommand.class,
            TrainCommand.class,
            PlayCommand.class,
            RateCommand.class,
            ReportCommand.class,
            AnalyzeCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:finished",
            "1:unexpected failure (a bug; the stack trace is printed)",
            "2:bad command line or configuration",
            "3:bad or unreadable input data (PGN, dataset, checkpoint files, games.csv)",
            "4:a chess engine is missing or misbehaved",
            "5:model or device failure (training diverged, unsupported GPU)",
            "130:stopped (Ctrl-C; 143 for SIGTERM); finished work is kept, run again to resume"})
public final class Transcend implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Ctrl-C ends the JVM through its shutdown hooks; say what happened to the work
        Thread notice = new Thread(() -> System.err.println(
                "\ntranscend: stopped; finished work is kept; run the same command again to resume"));
        Runtime.getRuntime().addShutdownHook(notice);
        int exit = commandLine().execute(args);
        try {
            Runtime.getRuntime().removeShutdownHook(notice);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived as the command ended: the notice prints, and the exit code stands
        }
        System.exit(exit);
    }

    /** @return the configured command line, also used by tests */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Transcend());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            int code = ExitCodes.of(e);
            if (code == ExitCodes.SOFTWARE) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println(commandLine.getColorScheme().errorText(
                        commandLine.getCommandSpec().qualifiedName() + ": " + ExitCodes.message(e)));
            }
            return code;
        });
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            String name = command.getCommandSpec().qualifiedName(); // e.g. "transcend analyze diversity"
            command.getErr().println(command.getColorScheme().errorText(name + ": " + e.getMessage()));
            command.getErr().println("see: " + name + " --help");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"transcend " + ToolVersion.get()};
        }
    }
}
